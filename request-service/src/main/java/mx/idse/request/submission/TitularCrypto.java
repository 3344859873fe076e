package mx.idse.request.submission;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.bouncycastle.pkcs.PKCS10CertificationRequest;

import mx.idse.pki.credentials.CryptoWorkGate;
import mx.idse.pki.credentials.PasswordHasher;
import mx.idse.pki.keys.CsrReader;
import mx.idse.pki.keys.GeneratedKeyPair;
import mx.idse.pki.keys.InvalidCsrException;
import mx.idse.pki.keys.KeyGenerator;
import mx.idse.pki.subject.CertificateSubject;
import mx.idse.platform.problem.ApiProblem;
import mx.idse.platform.problem.FieldError;
import mx.idse.request.solicitud.SolicitudEntity;

/**
 * The expensive part of a new request (principal or additional), bounded by the crypto gate and
 * run outside any transaction: proof of possession of the CSR's key, the Argon2id hash of the
 * account password, and without a CSR the key pair whose private key goes back to the holder once.
 */
@ApplicationScoped
public class TitularCrypto {

    private final PasswordHasher hasher;
    private final KeyGenerator keyGenerator;
    private final CryptoWorkGate gate;

    TitularCrypto(PasswordHasher hasher, KeyGenerator keyGenerator, CryptoWorkGate gate) {
        this.hasher = hasher;
        this.keyGenerator = keyGenerator;
        this.gate = gate;
    }

    /**
     * @param generated null when the holder sent a CSR; else the key pair, its private key
     *                  encrypted under the account password (returned once, never stored)
     */
    public record Prepared(String passwordHash, String csrPem, GeneratedKeyPair generated) {

        public String encryptedPrivateKeyPem() {
            return generated == null ? null : generated.encryptedPrivateKeyPem();
        }

        /** The account the request stores: the usuario with this hash and CSR. */
        public SolicitudEntity.Cuenta cuenta(String usuario) {
            return new SolicitudEntity.Cuenta(usuario, passwordHash, csrPem, generated != null);
        }
    }

    /**
     * @param csr              a CSR already read and checked against the key policy, or null
     * @param generatedSubject the subject of the CSR built around a generated key
     */
    public Prepared prepare(String contrasena, PKCS10CertificationRequest csr, CertificateSubject generatedSubject) {
        return gate.run(() -> {
            if (csr != null) {
                verifyProofOfPossession(csr);
                return new Prepared(hasher.hash(contrasena.toCharArray()), CsrReader.toPem(csr), null);
            }
            String hash = hasher.hash(contrasena.toCharArray());
            GeneratedKeyPair generated = keyGenerator.generate(generatedSubject.toX500Name(), contrasena.toCharArray());
            return new Prepared(hash, generated.csrPem(), generated);
        });
    }

    /**
     * Proof of possession alone, for the validation route (no hash, no key): inside the gate like
     * every signature check, since a stranger may call it.
     */
    public void verify(PKCS10CertificationRequest csr) {
        gate.run(() -> {
            verifyProofOfPossession(csr);
            return csr;
        });
    }

    /** The key policy was applied at validation, so verifying costs what an acceptable key costs. */
    private static void verifyProofOfPossession(PKCS10CertificationRequest csr) {
        try {
            CsrReader.verifySignature(csr);
        } catch (InvalidCsrException e) {
            throw ApiProblem.invalidFields(List.of(new FieldError("csr", e.getMessage())));
        }
    }
}
