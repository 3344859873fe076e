package mx.idse.cancellation.cancelacion;

import java.util.Optional;

import mx.idse.events.payload.MotivoCancelacion;

/** Which motivo a person may choose on which channel; the motivo table itself is the events module's. */
public final class Motivos {

    private Motivos() {
    }

    /** Empty when {@code code} is a motivo a person may choose on {@code canal}; else why not, in Spanish. */
    public static Optional<String> refusal(String code, Canal canal) {
        MotivoCancelacion motivo = known(code).orElse(null);
        if (motivo == null) {
            return Optional.of("Indique un motivo del catálogo /api/v1/catalogos/motivos-cancelacion.");
        }
        if (!motivo.elegible()) {
            return Optional.of("El motivo " + motivo.name() + " solo lo asigna el sistema al cancelar los certificados"
                    + " adicionales de un certificado principal cancelado.");
        }
        if (motivo == MotivoCancelacion.OLVIDO_CONTRASENA && canal == Canal.EN_LINEA) {
            return Optional.of("Sin la contraseña no es posible autenticarse: la cancelación por olvido de la"
                    + " contraseña se realiza en la Subdelegación, con sus documentos.");
        }
        return Optional.empty();
    }

    public static boolean allowed(MotivoCancelacion motivo, Canal canal) {
        return refusal(motivo.name(), canal).isEmpty();
    }

    private static Optional<MotivoCancelacion> known(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(MotivoCancelacion.valueOf(code.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
