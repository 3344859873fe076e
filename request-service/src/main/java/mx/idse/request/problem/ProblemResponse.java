package mx.idse.request.problem;

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
    static final String TYPE_BASE = "https://idse.imss.gob.mx/problemas/";
}
