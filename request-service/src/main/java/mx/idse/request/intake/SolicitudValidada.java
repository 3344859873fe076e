package mx.idse.request.intake;

import java.util.List;

import org.bouncycastle.pkcs.PKCS10CertificationRequest;

import mx.idse.pki.subject.CertificateSubject;
import mx.idse.request.solicitud.Advertencia;
import mx.idse.events.payload.TipoPersona;

/**
 * A new request whose every field passed validation, in exactly the form that was validated and
 * is stored (NFC names with collapsed spaces, upper-case RFC and CURP, registro patronal without
 * dashes, entidad as its INEGI key).
 *
 * @param representanteLegal null for a persona física without representative
 * @param csr                null when the service must generate the key pair
 * @param advertencias       what the operator must confirm in person (e.g. the RFC's check digit)
 */
public record SolicitudValidada(
        Patron patron,
        Representante representanteLegal,
        Domicilio domicilioFiscal,
        String correo,
        String usuario,
        String contrasena,
        PKCS10CertificationRequest csr,
        List<Advertencia> advertencias) {

    /** @param curp a persona física's own CURP when no representative applies for it; else null */
    public record Patron(TipoPersona tipoPersona, String rfc, String nombre, String registroPatronal, String curp) {
    }

    public record Representante(String nombre, String curp) {
    }

    /** @param numeroInterior null when not given */
    public record Domicilio(String calle, String numeroExterior, String numeroInterior, String colonia,
            String codigoPostal, String municipio, String entidadFederativa) {
    }

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
