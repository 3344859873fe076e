package mx.idse.certificate.authentication;

import java.util.ArrayList;
import java.util.List;

import mx.idse.identifiers.Usuario;
import mx.idse.platform.problem.ApiProblem;
import mx.idse.platform.problem.FieldError;
import mx.idse.platform.problem.ProblemCode;

/** What both authentication modes check before any crypto, and the one answer for every failure. */
final class CredentialFields {

    /**
     * Longer than any contraseña the system accepts; bounds the work an attacker can ask for. The
     * contraseña's own rule (identifiers' Contrasena) is for choosing one: a check only compares.
     */
    private static final int MAX_CONTRASENA = 128;

    private CredentialFields() {
    }

    /** Throttle target of a usuario: {@code usuario:<u>} in lower case, as usuarios compare. */
    static String usuarioTarget(String usuario) {
        return "usuario:" + Usuario.key(usuario);
    }

    /** Throttle target of a certificate, shared with the PFX building: {@code certificado:<serial>}. */
    static String certificadoTarget(String numeroSerie) {
        return "certificado:" + numeroSerie;
    }

    /** 400 naming every missing or malformed field, before anything is opened or hashed. */
    static void require(List<FieldError> errors, String usuario, String contrasena) {
        // The usuario rule of the whole system (public, so a 400 reveals nothing).
        Usuario.check(usuario).ifPresent(problem -> errors.add(new FieldError("usuario", problem)));
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
