package mx.idse.request.solicitud;

import java.util.ArrayList;
import java.util.List;
import mx.idse.events.payload.TipoPersona;

/** Documents the applicant shows at the Subdelegación to conclude a principal request. */
public enum DocumentoRequerido {
    IDENTIFICACION_OFICIAL("Identificación oficial vigente del patrón o representante legal (original)", false),
    TARJETA_IDENTIFICACION_PATRONAL("Tarjeta de identificación patronal", false),
    CARTA_TERMINOS_CONDICIONES("Carta de términos y condiciones firmada", false),
    PODER_NOTARIAL("Poder notarial del representante legal (persona moral)", true);

    private final String descripcion;
    private final boolean onlyPersonaMoral;

    DocumentoRequerido(String descripcion, boolean onlyPersonaMoral) {
        this.descripcion = descripcion;
        this.onlyPersonaMoral = onlyPersonaMoral;
    }

    public String descripcion() {
        return descripcion;
    }

    /** FISICA and MORAL, or MORAL only. */
    public List<TipoPersona> aplicaA() {
        return onlyPersonaMoral ? List.of(TipoPersona.MORAL) : List.of(TipoPersona.FISICA, TipoPersona.MORAL);
    }

    /** The checklist for an applicant of that kind. */
    public static List<DocumentoRequerido> requiredFor(TipoPersona tipoPersona) {
        List<DocumentoRequerido> required = new ArrayList<>();
        for (DocumentoRequerido documento : values()) {
            if (documento.aplicaA().contains(tipoPersona)) {
                required.add(documento);
            }
        }
        return required;
    }
}
