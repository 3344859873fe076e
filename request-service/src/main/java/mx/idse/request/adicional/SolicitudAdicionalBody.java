package mx.idse.request.adicional;

import mx.idse.platform.credentials.SignedChallenge;

/**
 * JSON body of {@code POST /api/v1/solicitudes/adicionales}: the principal proves possession with
 * a signed challenge (its key never leaves the client) instead of uploading its .pfx.
 */
public record SolicitudAdicionalBody(
        String numeroSerie,
        String usuario,
        String contrasena,
        String firma,
        String nombre,
        String curp,
        String correo,
        String usuarioAdicional,
        String contrasenaAdicional,
        String csr) {

    SignedChallenge principalProof() {
        return new SignedChallenge(numeroSerie, usuario, contrasena, firma);
    }

    TitularAdicionalInput holder() {
        return new TitularAdicionalInput(nombre, curp, correo, usuarioAdicional, contrasenaAdicional, csr);
    }

    /** Never print a password. */
    @Override
    public String toString() {
        return "SolicitudAdicionalBody[numeroSerie=" + numeroSerie + ", usuarioAdicional=" + usuarioAdicional + "]";
    }
}
