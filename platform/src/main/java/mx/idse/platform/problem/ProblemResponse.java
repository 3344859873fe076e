package mx.idse.platform.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * RFC 9457 problem details, with the extension members {@code code} (stable, for machines) and
 * {@code errores} (one entry per invalid field).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ProblemResponse(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        String code,
        List<FieldError> errores) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** The body for a code, answered with the code's own status. */
    public static ProblemResponse of(ProblemCode code, String detail, String instance, List<FieldError> errores) {
        return of(code, code.status(), detail, instance, errores);
    }

    /** The body for a code answered with another status (only framework errors without a code of their own). */
    static ProblemResponse of(ProblemCode code, int status, String detail, String instance, List<FieldError> errores) {
        return new ProblemResponse(code.type(), code.title(), status, detail, instance, code.name(), errores);
    }
}
