package mx.idse.cancellation.presencial;

/** What the operator checks at the Subdelegación before cancelling in person: all three. */
public enum DocumentoVerificado {
    IDENTIFICACION_OFICIAL("Identificación oficial vigente del titular o representante legal"),
    TARJETA_IDENTIFICACION_PATRONAL("Tarjeta de Identificación Patronal"),
    CARTA_TERMINOS_CONDICIONES("Carta de términos y condiciones firmada");

    private final String descripcion;

    DocumentoVerificado(String descripcion) {
        this.descripcion = descripcion;
    }

    public String descripcion() {
        return descripcion;
    }
}
