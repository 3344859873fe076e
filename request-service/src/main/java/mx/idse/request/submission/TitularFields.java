package mx.idse.request.submission;

import java.util.Locale;
import java.util.regex.Pattern;

import org.bouncycastle.pkcs.PKCS10CertificationRequest;

import mx.idse.identifiers.Contrasena;
import mx.idse.identifiers.Curp;
import mx.idse.identifiers.Usuario;
import mx.idse.pki.keys.CsrReader;
import mx.idse.pki.keys.InvalidCsrException;
import mx.idse.pki.keys.KeyPolicy;
import mx.idse.pki.subject.SubjectText;

/**
 * The rules for what a certificate holder gives, shared by the principal request and the
 * additional one: names that go into a certificate, CURP, correo, usuario and contraseña, CSR.
 * Each method normalises, checks, and returns exactly the checked value, or null after adding an
 * error for the field to {@link Findings} (or, in a partial check, when the body leaves it out).
 * The identifier rules themselves are the identifiers module's.
 */
public final class TitularFields {

    /** Bound of text that never goes into a certificate (address fields, correo). */
    public static final int MAX_TEXT = 254;
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
        if (!findings.has(value, field, missingMessage)) {
            return null;
        }
        String normalized = SubjectText.normalize(value);
        if (normalized.isEmpty()) {
            findings.error(field, missingMessage);
            return null;
        }
        return findings.accept(field, SubjectText.check(normalized, maxCodePoints)) ? normalized : null;
    }

    /** The normalised CURP when valid (check digit included; no Ñ, which RENAPO writes as X). */
    public static String curp(String value, String field, String missingMessage, Findings findings) {
        if (!findings.has(value, field, missingMessage)) {
            return null;
        }
        String curp = Curp.normalize(value);
        return findings.accept(field, Curp.check(curp)) ? curp : null;
    }

    public static String correo(String correo, String field, Findings findings) {
        if (!findings.has(correo, field, "El correo electrónico es obligatorio: ahí recibirá las notificaciones.")) {
            return null;
        }
        String stripped = correo.strip();
        if (stripped.length() > MAX_TEXT || !EMAIL.matcher(stripped).matches()) {
            findings.error(field, "El correo electrónico no tiene un formato válido.");
            return null;
        }
        // ASCII only (the pattern); the domain is case-insensitive, the local part is not.
        int at = stripped.lastIndexOf('@');
        return stripped.substring(0, at) + stripped.substring(at).toLowerCase(Locale.ROOT);
    }

    /** The identifiers module's usuario and contraseña rules (8 to 20 letters or digits each, not equal). */
    public static void credentials(String usuario, String usuarioField, String contrasena, String contrasenaField,
            Findings findings) {
        if (findings.checks(usuario)) {
            findings.accept(usuarioField, Usuario.check(usuario));
        }
        if (findings.checks(contrasena)) {
            findings.accept(contrasenaField, Contrasena.check(contrasena, usuario));
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
            return findings.accept("csr", keyPolicy.check(csr.getSubjectPublicKeyInfo())) ? csr : null;
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
