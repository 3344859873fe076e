package mx.idse.certificate.authentication;

import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSTypedData;

import mx.idse.certificate.certificado.CertificadoEntity;
import mx.idse.certificate.certificado.CertificadoStore;
import mx.idse.pki.certificates.SerialNumbers;
import mx.idse.pki.challenge.ChallengeSignatureVerifier;
import mx.idse.pki.challenge.InvalidChallengeSignatureException;
import mx.idse.pki.credentials.CredentialThrottle;
import mx.idse.pki.credentials.CryptoWorkGate;
import mx.idse.platform.problem.FieldError;

/**
 * Credential check with the key kept on the client: a CMS signature (content attached) over a
 * challenge from {@link LoginChallenges}, plus serial, usuario and contraseña. The challenge is
 * found by the signed content and consumed at once, right or wrong. Every failure gets the same
 * 401 after the same work: one signature verification and one Argon2id verification.
 */
@ApplicationScoped
public class ChallengeAuthentication {

    private final ChallengeSignatureVerifier verifier;
    private final LoginChallenges challenges;
    private final CertificadoStore certificates;
    private final TitularCheck holders;
    private final CryptoWorkGate gate;
    private final CredentialThrottle throttle;

    ChallengeAuthentication(ChallengeSignatureVerifier verifier, LoginChallenges challenges, CertificadoStore certificates,
                            TitularCheck holders, CryptoWorkGate gate, CredentialThrottle throttle) {
        this.verifier = verifier;
        this.challenges = challenges;
        this.certificates = certificates;
        this.holders = holders;
        this.gate = gate;
        this.throttle = throttle;
    }

    public AuthenticationResponse authenticate(SignedChallengeBody body) {
        // 1. Fields present and shaped; the signature is base64 of at most 32 KiB of DER.
        if (body == null) {
            body = new SignedChallengeBody(null, null, null, null);
        }
        List<FieldError> errors = CredentialFields.errors();
        byte[] cms = decodeSignature(body.firma(), errors);
        if (body.numeroSerie() == null || body.numeroSerie().isBlank()) {
            errors.add(new FieldError("numeroSerie", "Indique el número de serie del certificado."));
        }
        CredentialFields.require(errors, body.usuario(), body.contrasena());
        String usuario = body.usuario();
        char[] password = body.contrasena().toCharArray();
        String numeroSerie = body.numeroSerie().strip();
        // 2. Counted per usuario, and per certificate when the serial can be one.
        Optional<CertificadoEntity> holder = throttle.guard(CredentialFields.usuarioTarget(usuario), () -> {
            // 3. The challenge is the signed content; it is used up now, whatever follows.
            byte[] challenge = signedContent(cms);
            boolean fresh = challenges.consume(challenge);
            Optional<CertificadoEntity> stored = certificates.find(numeroSerie);
            Supplier<Optional<CertificadoEntity>> check = () -> {
                // 4. The signature over exactly that challenge, by the stored certificate's key.
                boolean signed = gate.runCredentialCheck(() -> signedBy(cms, challenge, stored));
                // 5. Active, valid, the usuario's, and the password verifies.
                boolean passes = holders.passes(stored, usuario, password) && signed && fresh;
                return passes ? stored : Optional.empty();
            };
            return SerialNumbers.isValid(numeroSerie)
                    ? throttle.guard(CredentialFields.certificadoTarget(numeroSerie), check) : check.get();
        });
        return AuthenticationResponse.of(holder.orElseThrow(CredentialFields::rejected));
    }

    /**
     * Verifies against the stored certificate; for an unknown serial, against the certificate the
     * CMS carries, so the work is the same, and the answer false.
     */
    private boolean signedBy(byte[] cms, byte[] challenge, Optional<CertificadoEntity> stored) {
        try {
            if (stored.isEmpty()) {
                verifier.verify(cms, challenge);
                return false;
            }
            verifier.verify(cms, challenge, new X509CertificateHolder(stored.get().der));
            return true;
        } catch (InvalidChallengeSignatureException | IOException e) {
            return false;
        }
    }

    /** The attached content of the CMS, or no bytes when there is none or it does not parse. */
    private static byte[] signedContent(byte[] cms) {
        try {
            CMSTypedData content = new CMSSignedData(cms).getSignedContent();
            return content == null || !(content.getContent() instanceof byte[] bytes) ? new byte[0] : bytes;
        } catch (CMSException | RuntimeException e) {
            return new byte[0];
        }
    }

    private static byte[] decodeSignature(String firma, List<FieldError> errors) {
        if (firma == null || firma.isBlank()) {
            errors.add(new FieldError("firma", "Envíe la firma CMS del reto en base64."));
            return null;
        }
        if (firma.length() > ChallengeSignatureVerifier.MAX_BYTES * 4 / 3 + 4) {
            errors.add(new FieldError("firma", "La firma excede el máximo de 32 KiB."));
            return null;
        }
        try {
            byte[] decoded = Base64.getDecoder().decode(firma.replaceAll("\\s", ""));
            if (decoded.length == 0) {
                throw new IllegalArgumentException("empty");
            }
            return decoded;
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("firma", "La firma no está en base64."));
            return null;
        }
    }
}
