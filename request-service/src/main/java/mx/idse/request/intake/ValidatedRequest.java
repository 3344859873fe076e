package mx.idse.request.intake;

import org.bouncycastle.pkcs.PKCS10CertificationRequest;

import mx.idse.events.payload.DomicilioFiscal;
import mx.idse.events.payload.Patron;
import mx.idse.events.payload.RepresentanteLegal;

/**
 * A new request whose every field passed validation, in normalised form (upper-case RFC and CURP,
 * registro patronal without dashes, entidad as its INEGI key).
 *
 * @param representanteLegal null for a persona física without representative
 * @param csr                null when the service must generate the key pair
 */
public record ValidatedRequest(
        Patron patron,
        RepresentanteLegal representanteLegal,
        DomicilioFiscal domicilioFiscal,
        String correo,
        String usuario,
        String contrasena,
        PKCS10CertificationRequest csr) {

    @Override
    public String toString() {
        return "ValidatedRequest[usuario=" + usuario + "]";
    }
}
