package mx.idse.platform.problem;

import java.util.List;
import java.util.Map;

/**
 * The one error type of every service: a {@link ProblemCode} (which fixes the HTTP status) and a
 * Spanish {@code detail} for people. Mapped to RFC 9457 problem+json by {@link ProblemMappers}.
 */
public class ApiProblem extends RuntimeException {

    private final ProblemCode code;
    private final List<FieldError> errors;
    private final Map<String, String> headers;

    public ApiProblem(ProblemCode code, String detail, List<FieldError> errors, Map<String, String> headers) {
        super(detail);
        this.code = code;
        this.errors = List.copyOf(errors);
        this.headers = Map.copyOf(headers);
    }

    public ApiProblem(ProblemCode code, String detail) {
        this(code, detail, List.of(), Map.of());
    }

    /** 400 listing every invalid field at once. */
    public static ApiProblem invalidFields(List<FieldError> errors) {
        return new ApiProblem(ProblemCode.DATOS_INVALIDOS,
                "La solicitud tiene datos inválidos; revise la lista de errores.", errors, Map.of());
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(ProblemCode.NO_ENCONTRADO, detail);
    }

    /** A 429 whose client should come back after {@code seconds}. */
    public static ApiProblem retryAfter(ProblemCode code, String detail, long seconds) {
        return new ApiProblem(code, detail, List.of(), Map.of("Retry-After", String.valueOf(Math.max(1, seconds))));
    }

    public int status() {
        return code.status();
    }

    public ProblemCode code() {
        return code;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }

    /** Stack traces are useless for expected client errors and cost time under load. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
