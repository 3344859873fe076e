package mx.idse.pki.keys;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Set;

import org.bouncycastle.operator.ContentVerifierProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;
import org.bouncycastle.util.io.pem.PemWriter;

/**
 * Reads exactly one PEM PKCS#10 CSR. Reading is cheap and checks only the structure and the
 * signature algorithm (SHA-256/384/512 with RSA PKCS#1 v1.5, RSA-PSS or ECDSA). The signature
 * itself, which proves the applicant holds the private key, is checked by
 * {@link #verifySignature} only after {@link KeyPolicy} accepted the public key: a hostile key
 * (huge modulus or exponent) could otherwise cost seconds of CPU per verification.
 */
public final class CsrReader {

    /** A 4096-bit RSA CSR with a long subject is about 2 KiB; 16 KiB leaves room and caps abuse. */
    public static final int MAX_PEM_CHARS = 16 * 1024;

    private static final String BEGIN = "-----BEGIN ";
    private static final Set<String> CSR_TYPES = Set.of("CERTIFICATE REQUEST", "NEW CERTIFICATE REQUEST");

    private CsrReader() {
    }

    public static PKCS10CertificationRequest read(String pem) throws InvalidCsrException {
        if (pem == null || pem.isBlank()) {
            throw new InvalidCsrException("La solicitud de certificado (CSR) está vacía.");
        }
        if (pem.length() > MAX_PEM_CHARS) {
            throw new InvalidCsrException("La solicitud de certificado (CSR) excede el tamaño máximo de 16 KiB.");
        }
        String text = pem.strip();
        if (!text.startsWith(BEGIN)) {
            throw new InvalidCsrException("La CSR debe estar en formato PEM (-----BEGIN CERTIFICATE REQUEST-----).");
        }
        if (text.indexOf(BEGIN, BEGIN.length()) >= 0) {
            throw new InvalidCsrException("El PEM debe contener una sola solicitud de certificado.");
        }
        PemObject object = readSinglePem(text);
        if (!CSR_TYPES.contains(object.getType())) {
            throw new InvalidCsrException("Se esperaba una CERTIFICATE REQUEST y se recibió " + object.getType() + ".");
        }
        if (!text.endsWith("-----END " + object.getType() + "-----")) {
            throw new InvalidCsrException("Hay texto después del final de la CSR.");
        }
        PKCS10CertificationRequest csr;
        try {
            csr = new PKCS10CertificationRequest(object.getContent());
        } catch (IOException | RuntimeException e) {
            throw new InvalidCsrException("La CSR no es una solicitud PKCS#10 válida.", e);
        }
        if (!SignatureAlgorithms.isAllowed(csr.getSignatureAlgorithm())) {
            throw new InvalidCsrException("Algoritmo de firma de la CSR no permitido: use SHA-256, SHA-384 o SHA-512"
                    + " con RSA (PKCS#1 v1.5 o PSS) o ECDSA.");
        }
        return csr;
    }

    public static String toPem(PKCS10CertificationRequest csr) {
        StringWriter out = new StringWriter();
        try (PemWriter writer = new PemWriter(out)) {
            writer.writeObject(new PemObject("CERTIFICATE REQUEST", csr.getEncoded()));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to a StringWriter does not fail
        }
        return out.toString();
    }

    private static PemObject readSinglePem(String text) throws InvalidCsrException {
        try (PemReader reader = new PemReader(new StringReader(text))) {
            PemObject object = reader.readPemObject();
            if (object == null) {
                throw new InvalidCsrException("No se encontró una solicitud de certificado en el PEM.");
            }
            return object;
        } catch (IOException | RuntimeException e) {
            // Bad base64 or a missing END line.
            throw new InvalidCsrException("El PEM de la CSR está mal formado.", e);
        }
    }

    /**
     * Proof of possession. Call only for a CSR whose public key passed {@link KeyPolicy}, and
     * inside the crypto gate: it is the expensive step.
     */
    public static void verifySignature(PKCS10CertificationRequest csr) throws InvalidCsrException {
        boolean valid;
        try {
            ContentVerifierProvider verifier = new JcaContentVerifierProviderBuilder()
                    .setProvider(BcProvider.INSTANCE)
                    .build(csr.getSubjectPublicKeyInfo());
            valid = csr.isSignatureValid(verifier);
        } catch (OperatorCreationException | PKCSException | RuntimeException e) {
            throw new InvalidCsrException("No se pudo verificar la firma de la CSR (algoritmo o llave no soportados).", e);
        }
        if (!valid) {
            throw new InvalidCsrException("La firma de la CSR no es válida: no prueba la posesión de la llave privada.");
        }
    }
}
