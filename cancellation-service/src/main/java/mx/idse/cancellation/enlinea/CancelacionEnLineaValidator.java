package mx.idse.cancellation.enlinea;

import java.util.ArrayList;
import java.util.List;

import mx.idse.cancellation.cancelacion.Canal;
import mx.idse.cancellation.cancelacion.Motivos;
import mx.idse.events.payload.MotivoCancelacion;
import mx.idse.identifiers.NumeroSerie;
import mx.idse.identifiers.Usuario;
import mx.idse.platform.problem.ApiProblem;
import mx.idse.platform.problem.FieldError;

/**
 * The rules of an online body, in plain Java, applied before any credential work (a malformed
 * request must not cost the holder an attempt): every bad field listed at once. The usuario and
 * serial rules are the identifiers module's, as at intake and in the credential check.
 */
public final class CancelacionEnLineaValidator {

    private CancelacionEnLineaValidator() {
    }

    /** Mode 1: the motivo, once the .pfx is there and usuario, contraseña, motivo and the optional serial are right. */
    public static MotivoCancelacion withPfx(byte[] pfx, String usuario, String contrasena, String motivo, String numeroSerie) {
        List<FieldError> errors = new ArrayList<>();
        if (pfx == null || pfx.length == 0) {
            errors.add(new FieldError("certificado", "Adjunte el archivo .pfx del certificado."));
        }
        return checkFields(errors, usuario, contrasena, motivo, "numeroSerie", numeroSerie);
    }

    /** Mode 2: the motivo, once the holder's serial and signature are there and the rest is right. */
    public static MotivoCancelacion withSignedChallenge(CancelacionEnLineaBody body) {
        List<FieldError> errors = new ArrayList<>();
        NumeroSerie.check(body.numeroSerie()).ifPresent(problem -> errors.add(new FieldError("numeroSerie", problem)));
        if (body.firma() == null || body.firma().isBlank()) {
            errors.add(new FieldError("firma", "Indique la firma del reto, en base64."));
        }
        return checkFields(errors, body.usuario(), body.contrasena(), body.motivo(), "numeroSerieACancelar",
                body.numeroSerieACancelar());
    }

    /** usuario, contrasena, the motivo allowed online, and the optional serial to cancel; 400 when any is wrong. */
    private static MotivoCancelacion checkFields(List<FieldError> errors, String usuario, String contrasena,
            String motivoCode, String serialField, String serial) {
        Usuario.check(usuario).ifPresent(problem -> errors.add(new FieldError("usuario", problem)));
        if (contrasena == null || contrasena.isEmpty()) {
            errors.add(new FieldError("contrasena", "Indique la contraseña."));
        }
        Motivos.refusal(motivoCode, Canal.EN_LINEA).ifPresent(reason -> errors.add(new FieldError("motivo", reason)));
        if (serial != null && !serial.isBlank()) {
            NumeroSerie.check(serial).ifPresent(problem -> errors.add(new FieldError(serialField, problem)));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalidFields(errors);
        }
        return MotivoCancelacion.valueOf(motivoCode.strip());
    }
}
