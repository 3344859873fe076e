package mx.idse.request.problem;

import java.util.List;
import java.util.Map;

/**
 * The one error type of the service: an HTTP status, a stable machine {@code code} (listed in
 * docs/problem-codes.md) and a Spanish {@code detail} for people. Mapped to RFC 9457 problem+json.
 */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String code;
    private final List<FieldError> errors;
    private final Map<String, String> headers;

    public ApiProblem(int status, String code, String detail, List<FieldError> errors, Map<String, String> headers) {
        super(detail);
        this.status = status;
        this.code = code;
        this.errors = List.copyOf(errors);
        this.headers = Map.copyOf(headers);
    }

    public ApiProblem(int status, String code, String detail) {
        this(status, code, detail, List.of(), Map.of());
    }

    public static ApiProblem badRequest(String code, String detail) {
        return new ApiProblem(400, code, detail);
    }

    /** 400 listing every invalid field at once. */
    public static ApiProblem invalidFields(List<FieldError> errors) {
        return new ApiProblem(400, "DATOS_INVALIDOS",
                "La solicitud tiene datos inválidos; revise la lista de errores.", errors, Map.of());
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(404, "NO_ENCONTRADO", detail);
    }

    public static ApiProblem conflict(String code, String detail) {
        return new ApiProblem(409, code, detail);
    }

    public int status() {
        return status;
    }

    public String code() {
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
