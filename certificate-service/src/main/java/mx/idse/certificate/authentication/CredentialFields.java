package mx.idse.certificate.authentication;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import mx.idse.platform.problem.ApiProblem;
import mx.idse.platform.problem.FieldError;
import mx.idse.platform.problem.ProblemCode;

/** What both authentication modes check before any crypto, and the one answer for every failure. */
final class CredentialFields {

    /** The usuario rule of the whole system: 8 to 20 letters or digits (public, so a 400 reveals nothing). */
    private static final Pattern USUARIO = Pattern.compile("[A-Za-z0-9]{8,20}");
    /** Longer than any contraseña the system accepts; bounds the work an attacker can ask for. */
    private static final int MAX_CONTRASENA = 128;

    private CredentialFields() {
    }

    /** Throttle target of a usuario: {@code usuario:<u>} in lower case, as usuarios compare. */
    static String usuarioTarget(String usuario) {
        return "usuario:" + usuario.toLowerCase(Locale.ROOT);
    }

    /** Throttle target of a certificate, shared with the PFX building: {@code certificado:<serial>}. */
    static String certificadoTarget(String numeroSerie) {
        return "certificado:" + numeroSerie;
    }

    /** 400 naming every missing or malformed field, before anything is opened or hashed. */
    static void require(List<FieldError> errors, String usuario, String contrasena) {
        if (usuario == null || !USUARIO.matcher(usuario).matches()) {
            errors.add(new FieldError("usuario", "El usuario debe tener de 8 a 20 letras o dígitos."));
        }
        if (contrasena == null || contrasena.isEmpty() || contrasena.length() > MAX_CONTRASENA) {
            errors.add(new FieldError("contrasena", "Indique la contraseña."));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalidFields(errors);
        }
    }

    static List<FieldError> errors() {
        return new ArrayList<>();
    }

    /** The same 401 for every cause: wrong password, usuario, certificate, state, validity, signature or challenge. */
    static ApiProblem rejected() {
        return new ApiProblem(ProblemCode.CREDENCIALES_INVALIDAS,
                "El certificado, el usuario o la contraseña no son correctos, o el certificado no está vigente.");
    }
}
