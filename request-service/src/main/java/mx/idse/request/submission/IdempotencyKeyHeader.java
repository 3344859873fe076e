package mx.idse.request.submission;

import mx.idse.platform.problem.ApiProblem;
import mx.idse.platform.problem.ProblemCode;

/** The {@code Idempotency-Key} header of every submission route (principal and additional requests). */
public final class IdempotencyKeyHeader {

    private static final int MAX_LENGTH = 200;

    private IdempotencyKeyHeader() {
    }

    /** The key as given, null when absent, or 400 when it cannot be one. */
    public static String checked(String key) {
        if (key == null) {
            return null;
        }
        if (key.isBlank() || key.length() > MAX_LENGTH || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw new ApiProblem(ProblemCode.IDEMPOTENCY_KEY_INVALIDA,
                    "El encabezado Idempotency-Key debe tener de 1 a 200 caracteres ASCII visibles.");
        }
        return key;
    }
}
