package mx.idse.request.solicitud;

import java.util.Arrays;
import java.util.Optional;

/** Why an operator rejects a request at the Subdelegación. */
public enum MotivoRechazo {
    DOCUMENTACION_INCOMPLETA("No se presentó la documentación completa"),
    IDENTIFICACION_NO_VALIDA("La identificación oficial no es válida o no está vigente"),
    DATOS_NO_COINCIDEN("Los datos de la solicitud no coinciden con los documentos"),
    REPRESENTACION_NO_ACREDITADA("El representante legal no acreditó sus facultades"),
    REGISTRO_PATRONAL_NO_VIGENTE("El registro patronal no está vigente o no corresponde al patrón");

    private final String descripcion;

    MotivoRechazo(String descripcion) {
        this.descripcion = descripcion;
    }

    public String descripcion() {
        return descripcion;
    }

    public static Optional<MotivoRechazo> parse(String code) {
        return Arrays.stream(values()).filter(m -> m.name().equals(code)).findFirst();
    }
}
