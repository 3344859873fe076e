package mx.idse.certificate.authentication;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import mx.idse.certificate.certificado.CertificadoEntity;
import mx.idse.certificate.certificado.CertificadoStore;
import mx.idse.certificate.signer.CertificateSigner;
import mx.idse.pki.credentials.CredentialThrottle;
import mx.idse.pki.credentials.CryptoWorkGate;
import mx.idse.pki.pbe.RefusedParametersException;
import mx.idse.pki.pbe.UnreadableCredentialException;
import mx.idse.pki.pkcs12.PfxContents;
import mx.idse.pki.pkcs12.PfxReader;
import mx.idse.platform.problem.FieldError;

/**
 * Credential check with the holder's .pfx, usuario and contraseña. Every failure gets the same
 * 401 after the same work: one attempt to open the PFX (refused before any derivation when its
 * costs pass the caps) and one Argon2id verification.
 */
@ApplicationScoped
public class PfxAuthentication {

    private final PfxReader pfxReader;
    private final CertificadoStore certificates;
    private final CertificateSigner signer;
    private final TitularCheck holders;
    private final CryptoWorkGate gate;
    private final CredentialThrottle throttle;

    PfxAuthentication(PfxReader pfxReader, CertificadoStore certificates, CertificateSigner signer, TitularCheck holders,
                      CryptoWorkGate gate, CredentialThrottle throttle) {
        this.pfxReader = pfxReader;
        this.certificates = certificates;
        this.signer = signer;
        this.holders = holders;
        this.gate = gate;
        this.throttle = throttle;
    }

    public AuthenticationResponse authenticate(byte[] pfx, String usuario, String contrasena) {
        // 1. Fields present and shaped (public rules: a 400 reveals nothing).
        List<FieldError> errors = CredentialFields.errors();
        if (pfx == null || pfx.length == 0) {
            errors.add(new FieldError("certificado", "Adjunte el archivo .pfx del certificado."));
        }
        CredentialFields.require(errors, usuario, contrasena);
        char[] password = contrasena.toCharArray();
        // 2. Counted per usuario; once the certificate inside is known to be ours, per certificate too.
        Optional<CertificadoEntity> holder = throttle.guard(CredentialFields.usuarioTarget(usuario), () -> {
            // 3. Open the PFX: the key is proven to belong to the certificate inside it.
            Optional<PfxContents> contents = gate.runCredentialCheck(() -> open(pfx, password));
            // 4. That certificate must be one this CA issued, byte for byte.
            Optional<CertificadoEntity> issued = contents.flatMap(c -> issuedByUs(c.certificate()));
            if (issued.isEmpty()) {
                holders.passes(Optional.empty(), usuario, password); // the same Argon2 work; it cannot pass
                return Optional.empty();
            }
            // 5. Active, valid, the usuario's, and the password verifies.
            return throttle.guard(CredentialFields.certificadoTarget(issued.get().numeroSerie),
                    () -> holders.passes(issued, usuario, password) ? issued : Optional.empty());
        });
        return AuthenticationResponse.of(holder.orElseThrow(CredentialFields::rejected));
    }

    /** Empty for a wrong password, a damaged file, or costs over the caps (refused unread). */
    private Optional<PfxContents> open(byte[] pfx, char[] password) {
        try {
            return Optional.of(pfxReader.read(pfx, password));
        } catch (UnreadableCredentialException | RefusedParametersException e) {
            return Optional.empty();
        }
    }

    private Optional<CertificadoEntity> issuedByUs(X509Certificate presented) {
        if (!presented.getIssuerX500Principal().equals(signer.issuingCertificate().getSubjectX500Principal())) {
            return Optional.empty();
        }
        byte[] der = encoded(presented);
        return certificates.find(presented.getSerialNumber().toString()).filter(stored -> Arrays.equals(stored.der, der));
    }

    private static byte[] encoded(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            return new byte[0];
        }
    }
}
