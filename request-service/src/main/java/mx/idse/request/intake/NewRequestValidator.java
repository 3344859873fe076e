package mx.idse.request.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.inject.Singleton;

import org.bouncycastle.pkcs.PKCS10CertificationRequest;

import mx.idse.events.payload.DomicilioFiscal;
import mx.idse.events.payload.Patron;
import mx.idse.events.payload.RepresentanteLegal;
import mx.idse.events.payload.TipoPersona;
import mx.idse.pki.keys.CsrReader;
import mx.idse.pki.keys.InvalidCsrException;
import mx.idse.pki.keys.KeyPolicy;
import mx.idse.platform.problem.ApiProblem;
import mx.idse.platform.problem.FieldError;
import mx.idse.platform.problem.ProblemCode;
import mx.idse.request.identifiers.Curp;
import mx.idse.request.identifiers.EntidadFederativa;
import mx.idse.request.identifiers.RegistroPatronal;
import mx.idse.request.identifiers.Rfc;

/**
 * Checks a new request field by field and reports every bad field at once (plain Java, no
 * framework, so the rules are unit-tested directly). A CSR is read and its key checked against
 * the policy here; its signature is verified later, inside the crypto gate.
 */
@Singleton
public class NewRequestValidator {

    private static final Pattern CREDENTIAL = Pattern.compile("[A-Za-z0-9]{8,20}");
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.[A-Za-z]{2,63}");
    private static final Pattern CODIGO_POSTAL = Pattern.compile("\\d{5}");
    private static final int MAX_TEXT = 254;

    private final KeyPolicy keyPolicy;

    public NewRequestValidator(KeyPolicy keyPolicy) {
        this.keyPolicy = keyPolicy;
    }

    /** The normalised request, or an {@link ApiProblem} 400 that lists every invalid field. */
    public ValidatedRequest validate(NewRequestBody body) {
        if (body == null) {
            throw new ApiProblem(ProblemCode.CUERPO_INVALIDO, "Envíe los datos de la solicitud en el cuerpo JSON.");
        }
        Errors errors = new Errors();
        Patron patron = patron(body.patron(), errors);
        RepresentanteLegal representante = representante(body.representanteLegal(),
                patron == null ? null : patron.tipoPersona(), errors);
        patron = withHolderCurp(patron, body.patron(), representante, errors);
        DomicilioFiscal domicilio = domicilio(body.domicilioFiscal(), errors);
        String correo = correo(body.correo(), errors);
        credentials(body.usuario(), body.contrasena(), errors);
        PKCS10CertificationRequest csr = csr(body.csr(), errors);
        if (!errors.list.isEmpty()) {
            throw ApiProblem.invalidFields(errors.list);
        }
        return new ValidatedRequest(patron, representante, domicilio, correo, body.usuario(), body.contrasena(), csr);
    }

    private Patron patron(NewRequestBody.PatronBody patron, Errors errors) {
        if (patron == null) {
            errors.add("patron", "Los datos del patrón son obligatorios.");
            return null;
        }
        TipoPersona tipo = null;
        if (isBlank(patron.tipoPersona())) {
            errors.add("patron.tipoPersona", "Indique FISICA o MORAL.");
        } else {
            try {
                tipo = TipoPersona.valueOf(patron.tipoPersona().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add("patron.tipoPersona", "Debe ser FISICA o MORAL.");
            }
        }
        String rfc = null;
        if (isBlank(patron.rfc())) {
            errors.add("patron.rfc", "El RFC es obligatorio.");
        } else {
            rfc = Rfc.normalize(patron.rfc());
            Optional<String> problem = tipo == null ? Rfc.check(rfc) : Rfc.check(rfc, tipo == TipoPersona.MORAL);
            problem.ifPresent(message -> errors.add("patron.rfc", message));
        }
        String nombre = text(patron.nombre(), "patron.nombre", "El nombre o razón social es obligatorio.", errors);
        String registro = null;
        if (isBlank(patron.registroPatronal())) {
            errors.add("patron.registroPatronal", "El registro patronal es obligatorio.");
        } else {
            registro = RegistroPatronal.normalize(patron.registroPatronal()).orElse(null);
            if (registro == null) {
                errors.add("patron.registroPatronal",
                        "Debe tener 11 caracteres: 3 letras o dígitos y 8 dígitos, con o sin guiones (000-12345-67-8).");
            }
        }
        return new Patron(tipo, rfc, nombre, registro, null);
    }

    /**
     * The certificate carries the holder's CURP. Without a representative the holder is the
     * persona física itself, so its CURP is required; with one, the representative's is used.
     */
    private static Patron withHolderCurp(Patron patron, NewRequestBody.PatronBody body, RepresentanteLegal representante,
            Errors errors) {
        if (patron == null || body == null) {
            return patron;
        }
        if (isBlank(body.curp())) {
            if (patron.tipoPersona() == TipoPersona.FISICA && representante == null) {
                errors.add("patron.curp", "La CURP del patrón persona física es obligatoria si no actúa un representante legal.");
            }
            return patron;
        }
        if (patron.tipoPersona() == TipoPersona.MORAL) {
            errors.add("patron.curp", "Una persona moral no tiene CURP; indique la de su representante legal.");
            return patron;
        }
        String curp = body.curp().trim().toUpperCase(Locale.ROOT);
        Optional<String> problem = Curp.check(curp);
        problem.ifPresent(message -> errors.add("patron.curp", message));
        return new Patron(patron.tipoPersona(), patron.rfc(), patron.nombre(), patron.registroPatronal(),
                problem.isPresent() ? null : curp);
    }

    private RepresentanteLegal representante(NewRequestBody.RepresentanteBody representante, TipoPersona tipo,
            Errors errors) {
        if (representante == null) {
            if (tipo == TipoPersona.MORAL) {
                errors.add("representanteLegal", "Una persona moral debe indicar a su representante legal.");
            }
            return null;
        }
        String nombre = text(representante.nombre(), "representanteLegal.nombre",
                "El nombre del representante legal es obligatorio.", errors);
        String curp = null;
        if (isBlank(representante.curp())) {
            errors.add("representanteLegal.curp", "La CURP del representante legal es obligatoria.");
        } else {
            curp = representante.curp().trim().toUpperCase(Locale.ROOT);
            Curp.check(curp).ifPresent(message -> errors.add("representanteLegal.curp", message));
        }
        return new RepresentanteLegal(nombre, curp);
    }

    private DomicilioFiscal domicilio(NewRequestBody.DomicilioBody domicilio, Errors errors) {
        if (domicilio == null) {
            errors.add("domicilioFiscal", "El domicilio fiscal es obligatorio.");
            return null;
        }
        String calle = text(domicilio.calle(), "domicilioFiscal.calle", "La calle es obligatoria.", errors);
        String exterior = text(domicilio.numeroExterior(), "domicilioFiscal.numeroExterior",
                "El número exterior es obligatorio.", errors);
        String interior = isBlank(domicilio.numeroInterior()) ? null
                : text(domicilio.numeroInterior(), "domicilioFiscal.numeroInterior", "", errors);
        String colonia = text(domicilio.colonia(), "domicilioFiscal.colonia", "La colonia es obligatoria.", errors);
        String cp = domicilio.codigoPostal() == null ? null : domicilio.codigoPostal().trim();
        if (cp == null || !CODIGO_POSTAL.matcher(cp).matches() || cp.startsWith("00")) {
            errors.add("domicilioFiscal.codigoPostal", "El código postal debe tener 5 dígitos.");
        }
        String municipio = text(domicilio.municipio(), "domicilioFiscal.municipio",
                "El municipio o alcaldía es obligatorio.", errors);
        String entidad = null;
        if (isBlank(domicilio.entidadFederativa())) {
            errors.add("domicilioFiscal.entidadFederativa", "La entidad federativa es obligatoria.");
        } else {
            entidad = EntidadFederativa.parse(domicilio.entidadFederativa()).map(EntidadFederativa::clave).orElse(null);
            if (entidad == null) {
                errors.add("domicilioFiscal.entidadFederativa",
                        "No es una de las 32 entidades federativas; use su nombre oficial o su clave INEGI (01 a 32).");
            }
        }
        return new DomicilioFiscal(calle, exterior, interior, colonia, cp, municipio, entidad);
    }

    private static String correo(String correo, Errors errors) {
        String trimmed = correo == null ? "" : correo.trim();
        if (trimmed.isEmpty()) {
            errors.add("correo", "El correo electrónico es obligatorio: ahí recibirá las notificaciones.");
            return null;
        }
        if (trimmed.length() > MAX_TEXT || !EMAIL.matcher(trimmed).matches()) {
            errors.add("correo", "El correo electrónico no tiene un formato válido.");
            return null;
        }
        int at = trimmed.lastIndexOf('@');
        return trimmed.substring(0, at) + trimmed.substring(at).toLowerCase(Locale.ROOT);
    }

    private static void credentials(String usuario, String contrasena, Errors errors) {
        if (usuario == null || !CREDENTIAL.matcher(usuario).matches()) {
            errors.add("usuario", "El usuario debe tener de 8 a 20 letras o dígitos, sin espacios ni símbolos.");
        }
        if (contrasena == null || !CREDENTIAL.matcher(contrasena).matches()) {
            errors.add("contrasena", "La contraseña debe tener de 8 a 20 letras o dígitos, sin espacios ni símbolos.");
        } else if (contrasena.equalsIgnoreCase(usuario)) {
            errors.add("contrasena", "La contraseña no puede ser igual al usuario.");
        }
    }

    private PKCS10CertificationRequest csr(String pem, Errors errors) {
        if (isBlank(pem)) {
            return null;
        }
        try {
            PKCS10CertificationRequest csr = CsrReader.read(pem);
            Optional<String> weakness = keyPolicy.check(csr.getSubjectPublicKeyInfo());
            weakness.ifPresent(reason -> errors.add("csr", reason));
            return weakness.isPresent() ? null : csr;
        } catch (InvalidCsrException e) {
            errors.add("csr", e.getMessage());
            return null;
        }
    }

    private static String text(String value, String field, String missingMessage, Errors errors) {
        String trimmed = value == null ? "" : value.strip().replaceAll("\\s+", " ");
        if (trimmed.isEmpty()) {
            errors.add(field, missingMessage);
            return null;
        }
        if (trimmed.length() > MAX_TEXT) {
            errors.add(field, "Admite como máximo " + MAX_TEXT + " caracteres.");
            return null;
        }
        if (trimmed.chars().anyMatch(Character::isISOControl)) {
            errors.add(field, "Contiene caracteres de control no permitidos.");
            return null;
        }
        return trimmed;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static final class Errors {
        private final List<FieldError> list = new ArrayList<>();

        void add(String field, String message) {
            list.add(new FieldError(field, message));
        }
    }
}
