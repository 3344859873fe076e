package mx.idse.request.intake;

import org.bouncycastle.pkcs.PKCS10CertificationRequest;

import mx.idse.events.payload.DomicilioFiscal;
import mx.idse.events.payload.Patron;
import mx.idse.events.payload.RepresentanteLegal;
import mx.idse.pki.subject.CertificateSubject;

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

    /**
     * The subject of the CSR built around a generated key (certificate-service sets the
     * certificate's final subject): the representative, or the persona física itself, holds it.
     */
    public CertificateSubject generatedCsrSubject() {
        String holder = representanteLegal != null ? representanteLegal.nombre() : patron.nombre();
        String curp = representanteLegal != null ? representanteLegal.curp() : patron.curp();
        return CertificateSubject.forGeneratedCsr(holder, patron.nombre(), patron.rfc(), curp);
    }

    @Override
    public String toString() {
        return "ValidatedRequest[usuario=" + usuario + "]";
    }
}
