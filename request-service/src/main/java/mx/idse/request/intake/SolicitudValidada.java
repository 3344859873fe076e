package mx.idse.request.intake;

import java.util.List;

import org.bouncycastle.pkcs.PKCS10CertificationRequest;

import mx.idse.events.payload.DomicilioFiscal;
import mx.idse.events.payload.Patron;
import mx.idse.events.payload.RepresentanteLegal;
import mx.idse.pki.subject.CertificateSubject;
import mx.idse.request.solicitud.Advertencia;

/**
 * A new request whose every field passed validation, in exactly the form that was validated and
 * is stored (NFC names with collapsed spaces, upper-case RFC and CURP, registro patronal without
 * dashes, entidad as its INEGI key). The patrón, representative and address are the event
 * contract's shapes, the ones RequestSubmitted and RequestConcluded carry. After a partial check
 * (the validation route) the fields the body left out are null.
 *
 * @param patron             {@code curp}: a persona física's own CURP when no representative applies for it
 * @param representanteLegal null for a persona física without representative
 * @param csr                null when the service must generate the key pair
 * @param advertencias       what the operator must confirm in person (e.g. the RFC's check digit)
 */
public record SolicitudValidada(
        Patron patron,
        RepresentanteLegal representanteLegal,
        DomicilioFiscal domicilioFiscal,
        String correo,
        String usuario,
        String contrasena,
        PKCS10CertificationRequest csr,
        List<Advertencia> advertencias) {

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
        return "SolicitudValidada[usuario=" + usuario + "]";
    }
}
