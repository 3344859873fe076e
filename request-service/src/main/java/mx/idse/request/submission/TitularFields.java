package mx.idse.request.submission;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.bouncycastle.pkcs.PKCS10CertificationRequest;

import mx.idse.pki.keys.CsrReader;
import mx.idse.pki.keys.InvalidCsrException;
import mx.idse.pki.keys.KeyPolicy;
import mx.idse.pki.subject.SubjectText;
import mx.idse.identifiers.Curp;

/**
 * The rules for what a certificate holder gives, shared by the principal request and the
 * additional one: names that go into a certificate, CURP, correo, usuario and contraseña, CSR.
 * Each method normalises, checks, and returns exactly the checked value, or null after adding an
 * error for the field to {@link Findings}.
 */
public final class TitularFields {

    /** Bound of text that never goes into a certificate (address fields, correo). */
    public static final int MAX_TEXT = 254;
    private static final Pattern CREDENTIAL = Pattern.compile("[A-Za-z0-9]{8,20}");
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.[A-Za-z]{2,63}");

    private TitularFields() {
    }

    /**
     * Free text after the pki rule for certificate text (NFC, spaces collapsed, no Cc/Cf), within
     * {@code maxCodePoints}: the attribute's X.520 bound for a name that goes into the certificate,
     * {@link #MAX_TEXT} for the rest.
     */
    public static String text(String value, String field, String missingMessage, int maxCodePoints, Findings findings) {
        String normalized = value == null ? "" : SubjectText.normalize(value);
        if (normalized.isEmpty()) {
            findings.error(field, missingMessage);
            return null;
        }
        Optional<String> problem = SubjectText.check(normalized, maxCodePoints);
        problem.ifPresent(message -> findings.error(field, message));
        return problem.isPresent() ? null : normalized;
    }

    /** The normalised CURP when valid (the CURP check digit stays strict). */
    public static String curp(String value, String field, Findings findings) {
        String curp = Curp.normalize(value);
        Optional<String> problem = Curp.check(curp);
        problem.ifPresent(message -> findings.error(field, message));
        return problem.isPresent() ? null : curp;
    }

    public static String correo(String correo, String field, Findings findings) {
        String stripped = correo == null ? "" : correo.strip();
        if (stripped.isEmpty()) {
            findings.error(field, "El correo electrónico es obligatorio: ahí recibirá las notificaciones.");
            return null;
        }
        if (stripped.length() > MAX_TEXT || !EMAIL.matcher(stripped).matches()) {
            findings.error(field, "El correo electrónico no tiene un formato válido.");
            return null;
        }
        // ASCII only (the pattern); the domain is case-insensitive, the local part is not.
        int at = stripped.lastIndexOf('@');
        return stripped.substring(0, at) + stripped.substring(at).toLowerCase(Locale.ROOT);
    }

    /** 8 to 20 letters or digits each, and not equal to each other. */
    public static void credentials(String usuario, String usuarioField, String contrasena, String contrasenaField,
            Findings findings) {
        if (usuario == null || !CREDENTIAL.matcher(usuario).matches()) {
            findings.error(usuarioField, "El usuario debe tener de 8 a 20 letras o dígitos, sin espacios ni símbolos.");
        }
        if (contrasena == null || !CREDENTIAL.matcher(contrasena).matches()) {
            findings.error(contrasenaField, "La contraseña debe tener de 8 a 20 letras o dígitos, sin espacios ni símbolos.");
        } else if (contrasena.equalsIgnoreCase(usuario)) {
            findings.error(contrasenaField, "La contraseña no puede ser igual al usuario.");
        }
    }

    /**
     * The CSR read and its key checked against the policy; null when none was sent (the service
     * generates the key) or when it is refused. Its signature is verified later, inside the crypto gate.
     */
    public static PKCS10CertificationRequest csr(String pem, KeyPolicy keyPolicy, Findings findings) {
        if (pem == null || pem.isBlank()) {
            return null;
        }
        try {
            PKCS10CertificationRequest csr = CsrReader.read(pem);
            Optional<String> weakness = keyPolicy.check(csr.getSubjectPublicKeyInfo());
            weakness.ifPresent(reason -> findings.error("csr", reason));
            return weakness.isPresent() ? null : csr;
        } catch (InvalidCsrException e) {
            findings.error("csr", e.getMessage());
            return null;
        }
    }

    /** The holder's name, the certificate's CN. */
    public static String holderName(String value, String field, String missingMessage, Findings findings) {
        return text(value, field, missingMessage, SubjectText.COMMON_NAME_MAX, findings);
    }
}
