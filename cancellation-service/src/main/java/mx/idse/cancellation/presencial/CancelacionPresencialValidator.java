package mx.idse.cancellation.presencial;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import mx.idse.cancellation.cancelacion.Canal;
import mx.idse.cancellation.cancelacion.Motivos;
import mx.idse.events.payload.MotivoCancelacion;
import mx.idse.identifiers.NumeroSerie;
import mx.idse.platform.problem.ApiProblem;
import mx.idse.platform.problem.FieldError;

/**
 * The rules of an in-person body, in plain Java: every bad field listed at once. The serial's rule
 * is the identifiers module's, as online and in certificate-service.
 */
public final class CancelacionPresencialValidator {

    private CancelacionPresencialValidator() {
    }

    /** The motivo, once the serial is shaped, the motivo allowed and all three documents verified. */
    public static MotivoCancelacion validate(CancelacionPresencialBody body) {
        List<FieldError> errors = new ArrayList<>();
        NumeroSerie.check(body.numeroSerie()).ifPresent(problem -> errors.add(new FieldError("numeroSerie", problem)));
        Motivos.refusal(body.motivo(), Canal.PRESENCIAL).ifPresent(reason -> errors.add(new FieldError("motivo", reason)));
        documentError(body.documentosVerificados()).ifPresent(errors::add);
        if (!errors.isEmpty()) {
            throw ApiProblem.invalidFields(errors);
        }
        return MotivoCancelacion.valueOf(body.motivo().strip());
    }

    /** Unknown documents, or the missing ones by name, as one error on {@code documentosVerificados}. */
    static Optional<FieldError> documentError(List<String> codes) {
        EnumSet<DocumentoVerificado> missing = EnumSet.allOf(DocumentoVerificado.class);
        List<String> unknown = new ArrayList<>();
        for (String code : codes == null ? List.<String>of() : codes) {
            try {
                missing.remove(DocumentoVerificado.valueOf(String.valueOf(code).strip()));
            } catch (IllegalArgumentException e) {
                unknown.add(String.valueOf(code));
            }
        }
        if (!unknown.isEmpty()) {
            return Optional.of(new FieldError("documentosVerificados", "Documentos desconocidos: "
                    + String.join(", ", unknown) + "; se verifican " + names(EnumSet.allOf(DocumentoVerificado.class)) + "."));
        }
        if (!missing.isEmpty()) {
            return Optional.of(new FieldError("documentosVerificados", "Faltan documentos por verificar: " + names(missing) + "."));
        }
        return Optional.empty();
    }

    private static String names(EnumSet<DocumentoVerificado> documents) {
        return String.join(", ", documents.stream().map(Enum::name).toList());
    }
}
