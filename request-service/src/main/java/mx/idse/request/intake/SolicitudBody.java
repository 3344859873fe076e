package mx.idse.request.intake;

/**
 * Body of {@code POST /api/v1/solicitudes}. Every field is a string so that a bad value becomes a
 * named field error in the 400 rather than an unreadable body.
 */
public record SolicitudBody(
        PatronBody patron,
        RepresentanteBody representanteLegal,
        DomicilioBody domicilioFiscal,
        String correo,
        String usuario,
        String contrasena,
        String csr) {

    /** {@code curp}: a persona física's own CURP, required when no representanteLegal is given. */
    public record PatronBody(String tipoPersona, String rfc, String nombre, String registroPatronal, String curp) {
    }

    public record RepresentanteBody(String nombre, String curp) {
    }

    public record DomicilioBody(
            String calle,
            String numeroExterior,
            String numeroInterior,
            String colonia,
            String codigoPostal,
            String municipio,
            String entidadFederativa) {
    }

    /** The same body without the password, for fingerprints and anything that might be printed. */
    public SolicitudBody withoutPassword() {
        return new SolicitudBody(patron, representanteLegal, domicilioFiscal, correo, usuario, null, csr);
    }

    /** Never print the password. */
    @Override
    public String toString() {
        return "SolicitudBody[usuario=" + usuario + ", correo=" + correo + "]";
    }
}
