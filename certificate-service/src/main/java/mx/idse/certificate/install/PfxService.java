package mx.idse.certificate.install;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import mx.idse.certificate.certificado.CertificadoEntity;
import mx.idse.certificate.certificado.EstadoCertificado;
import mx.idse.certificate.certificado.CertificadoStore;
import mx.idse.certificate.signer.CertificateSigner;
import mx.idse.pki.certificates.SerialNumbers;
import mx.idse.pki.credentials.CredentialThrottle;
import mx.idse.pki.credentials.CryptoWorkGate;
import mx.idse.pki.keys.KeyMatch;
import mx.idse.pki.pbe.EncryptedKeyReader;
import mx.idse.pki.pbe.RefusedParametersException;
import mx.idse.pki.pbe.UnreadableCredentialException;
import mx.idse.pki.pkcs12.Pkcs12Builder;
import mx.idse.platform.problem.ApiProblem;
import mx.idse.platform.problem.FieldError;
import mx.idse.platform.problem.ProblemCode;

/**
 * Builds the holder's PFX from their encrypted .key and the certificate we issued. The key and
 * the PFX live only in memory for the request; neither is stored nor logged.
 */
@ApplicationScoped
public class PfxService {

    /** Throttle targets of this feature (shared with the credential check): {@code certificado:<serial>}. */
    static final String THROTTLE_KIND = "certificado:";

    private final CertificadoStore certificates;
    private final EncryptedKeyReader keyReader;
    private final Pkcs12Builder pkcs12;
    private final CertificateSigner signer;
    private final CryptoWorkGate gate;
    private final CredentialThrottle throttle;

    PfxService(CertificadoStore certificates, EncryptedKeyReader keyReader, Pkcs12Builder pkcs12, CertificateSigner signer,
               CryptoWorkGate gate, CredentialThrottle throttle) {
        this.certificates = certificates;
        this.keyReader = keyReader;
        this.pkcs12 = pkcs12;
        this.signer = signer;
        this.gate = gate;
        this.throttle = throttle;
    }

    public byte[] build(String numeroSerie, byte[] llave, char[] contrasena) {
        // 1. A malformed serial is a 404 like an unknown path; then the required fields.
        if (!SerialNumbers.isValid(numeroSerie)) {
            throw ApiProblem.notFound("No existe un certificado con el número de serie indicado; revise que tenga 15 dígitos.");
        }
        requireFields(llave, contrasena);
        Optional<CertificadoEntity> stored = certificates.find(numeroSerie);
        Optional<X509Certificate> certificate = stored.map(CertificadoEntity::x509);
        // 2. Open the key and prove it belongs to the certificate, counted per certificate. The
        //    same work for an unknown serial: the key is matched against the CA's public key.
        Optional<PrivateKey> matchedKey = throttle.guard(THROTTLE_KIND + numeroSerie, () -> gate.runCredentialCheck(() -> {
            PrivateKey key = openKey(llave, contrasena);
            X509Certificate against = certificate.orElse(signer.issuingCertificate());
            boolean belongs = key != null && KeyMatch.matches(key, against.getPublicKey()) && certificate.isPresent();
            return belongs ? Optional.of(key) : Optional.empty();
        }));
        if (matchedKey.isEmpty()) {
            throw new ApiProblem(ProblemCode.CREDENCIALES_INVALIDAS,
                    "La llave privada, la contraseña o el número de serie no corresponden.");
        }
        // 3. A cancelled certificate is not installed again.
        if (stored.get().estado == EstadoCertificado.CANCELADO) {
            throw new ApiProblem(ProblemCode.ESTADO_NO_PERMITE_OPERACION, "El certificado está cancelado; no se puede instalar.");
        }
        // 4. Key, certificate and chain under the holder's password, in memory only.
        return pkcs12.build(matchedKey.get(), certificate.get(), signer.chain(), numeroSerie, contrasena);
    }

    /** The key, or null for a wrong password or a file that is not an encrypted key. */
    private PrivateKey openKey(byte[] llave, char[] contrasena) {
        try {
            return keyReader.read(llave, contrasena);
        } catch (UnreadableCredentialException e) {
            return null;
        } catch (RefusedParametersException e) {
            // Refused on the file's parameters alone, before the password was used: safe to say why.
            throw ApiProblem.invalidFields(List.of(new FieldError("llave", e.getMessage())));
        }
    }

    private static void requireFields(byte[] llave, char[] contrasena) {
        List<FieldError> errors = new ArrayList<>();
        if (llave == null || llave.length == 0) {
            errors.add(new FieldError("llave", "Adjunte el archivo .key (llave privada cifrada)."));
        }
        if (contrasena == null || contrasena.length == 0) {
            errors.add(new FieldError("contrasena", "Indique la contraseña de la llave privada."));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalidFields(errors);
        }
    }
}
