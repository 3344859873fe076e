package mx.idse.request.intake;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.inject.Singleton;

import org.bouncycastle.pkcs.PKCS10CertificationRequest;

import mx.idse.pki.keys.KeyPolicy;
import mx.idse.pki.subject.SubjectText;
import mx.idse.platform.problem.ApiProblem;
import mx.idse.platform.problem.ProblemCode;
import mx.idse.request.submission.Findings;
import mx.idse.request.submission.TitularFields;
import mx.idse.identifiers.EntidadFederativa;
import mx.idse.identifiers.RegistroPatronal;
import mx.idse.identifiers.Rfc;
import mx.idse.request.intake.SolicitudValidada.Domicilio;
import mx.idse.request.intake.SolicitudValidada.Patron;
import mx.idse.request.intake.SolicitudValidada.Representante;
import mx.idse.request.solicitud.Advertencia;
import mx.idse.events.payload.TipoPersona;

/**
 * Checks a new request field by field and reports every bad field at once (plain Java, no
 * framework, so the rules are unit-tested directly). Every value is normalised first and then
 * checked, and the checked value is the one returned for storing. A CSR is read and its key
 * checked against the policy here; its signature is verified later, inside the crypto gate.
 */
@Singleton
public class SolicitudValidator {

    private static final Pattern CODIGO_POSTAL = Pattern.compile("\\d{5}");
    private static final int MAX_TEXT = TitularFields.MAX_TEXT;
    private static final String RFC_CHECK_DIGIT_WARNING = "El dígito verificador del RFC no corresponde al cálculo"
            + " del SAT; el SAT ha emitido RFC vigentes así. En ventanilla se confirma el RFC con la Tarjeta de"
            + " Identificación Patronal antes de concluir.";

    private final KeyPolicy keyPolicy;

    public SolicitudValidator(KeyPolicy keyPolicy) {
        this.keyPolicy = keyPolicy;
    }

    /** The normalised request, or an {@link ApiProblem} 400 that lists every invalid field. */
    public SolicitudValidada validate(SolicitudBody body) {
        if (body == null) {
            throw new ApiProblem(ProblemCode.CUERPO_INVALIDO, "Envíe los datos de la solicitud en el cuerpo JSON.");
        }
        Findings findings = new Findings();
        Patron patron = patron(body.patron(), findings);
        Representante representante = representante(body.representanteLegal(),
                patron == null ? null : patron.tipoPersona(), findings);
        patron = withHolderCurp(patron, body.patron(), representante, findings);
        Domicilio domicilio = domicilio(body.domicilioFiscal(), findings);
        String correo = TitularFields.correo(body.correo(), "correo", findings);
        TitularFields.credentials(body.usuario(), "usuario", body.contrasena(), "contrasena", findings);
        PKCS10CertificationRequest csr = TitularFields.csr(body.csr(), keyPolicy, findings);
        findings.throwIfAnyError();
        return new SolicitudValidada(patron, representante, domicilio, correo, body.usuario(), body.contrasena(), csr,
                findings.warnings());
    }

    private Patron patron(SolicitudBody.PatronBody patron, Findings findings) {
        if (patron == null) {
            findings.error("patron", "Los datos del patrón son obligatorios.");
            return null;
        }
        TipoPersona tipo = null;
        if (isBlank(patron.tipoPersona())) {
            findings.error("patron.tipoPersona", "Indique FISICA o MORAL.");
        } else {
            try {
                tipo = TipoPersona.valueOf(patron.tipoPersona().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                findings.error("patron.tipoPersona", "Debe ser FISICA o MORAL.");
            }
        }
        String rfc = rfc(patron.rfc(), tipo, findings);
        // O of the certificate, and also its CN for a persona física without representative.
        String nombre = TitularFields.text(patron.nombre(), "patron.nombre", "El nombre o razón social es obligatorio.",
                SubjectText.ORGANIZATION_NAME_MAX, findings);
        String registro = null;
        if (isBlank(patron.registroPatronal())) {
            findings.error("patron.registroPatronal", "El registro patronal es obligatorio.");
        } else {
            registro = RegistroPatronal.normalize(patron.registroPatronal()).orElse(null);
            if (registro == null) {
                findings.error("patron.registroPatronal",
                        "Debe tener 11 caracteres: 3 letras o dígitos y 8 dígitos, con o sin guiones (000-12345-67-8).");
            }
        }
        return new Patron(tipo, rfc, nombre, registro, null);
    }

    /** Shape, date and generic RFCs are errors; a check-digit mismatch is only a warning for the operator. */
    private static String rfc(String value, TipoPersona tipo, Findings findings) {
        if (isBlank(value)) {
            findings.error("patron.rfc", "El RFC es obligatorio.");
            return null;
        }
        String rfc = Rfc.normalize(value);
        Optional<String> problem = tipo == null ? Rfc.check(rfc) : Rfc.check(rfc, tipo == TipoPersona.MORAL);
        if (problem.isPresent()) {
            findings.error("patron.rfc", problem.get());
            return null;
        }
        if (!Rfc.checkDigitMatches(rfc)) {
            findings.warn(new Advertencia("patron.rfc", Advertencia.RFC_DIGITO_VERIFICADOR,
                    RFC_CHECK_DIGIT_WARNING));
        }
        return rfc;
    }

    /**
     * The certificate carries the holder's CURP. Without a representative the holder is the
     * persona física itself, so its CURP is required; with one, the representative's is used.
     */
    private static Patron withHolderCurp(Patron patron, SolicitudBody.PatronBody body, Representante representante,
            Findings findings) {
        if (patron == null || body == null) {
            return patron;
        }
        if (isBlank(body.curp())) {
            if (patron.tipoPersona() == TipoPersona.FISICA && representante == null) {
                findings.error("patron.curp", "La CURP del patrón persona física es obligatoria si no actúa un representante legal.");
            }
            return patron;
        }
        if (patron.tipoPersona() == TipoPersona.MORAL) {
            findings.error("patron.curp", "Una persona moral no tiene CURP; indique la de su representante legal.");
            return patron;
        }
        String curp = TitularFields.curp(body.curp(), "patron.curp", findings);
        return new Patron(patron.tipoPersona(), patron.rfc(), patron.nombre(), patron.registroPatronal(), curp);
    }

    private static Representante representante(SolicitudBody.RepresentanteBody representante, TipoPersona tipo,
            Findings findings) {
        if (representante == null) {
            if (tipo == TipoPersona.MORAL) {
                findings.error("representanteLegal", "Una persona moral debe indicar a su representante legal.");
            }
            return null;
        }
        // The representative holds the certificate: the name is its CN.
        String nombre = TitularFields.text(representante.nombre(), "representanteLegal.nombre",
                "El nombre del representante legal es obligatorio.", SubjectText.COMMON_NAME_MAX, findings);
        String curp = null;
        if (isBlank(representante.curp())) {
            findings.error("representanteLegal.curp", "La CURP del representante legal es obligatoria.");
        } else {
            curp = TitularFields.curp(representante.curp(), "representanteLegal.curp", findings);
        }
        return new Representante(nombre, curp);
    }

    private static Domicilio domicilio(SolicitudBody.DomicilioBody domicilio, Findings findings) {
        if (domicilio == null) {
            findings.error("domicilioFiscal", "El domicilio fiscal es obligatorio.");
            return null;
        }
        String calle = TitularFields.text(domicilio.calle(), "domicilioFiscal.calle", "La calle es obligatoria.", MAX_TEXT,
                findings);
        String exterior = TitularFields.text(domicilio.numeroExterior(), "domicilioFiscal.numeroExterior",
                "El número exterior es obligatorio.", MAX_TEXT, findings);
        String interior = isBlank(domicilio.numeroInterior()) ? null
                : TitularFields.text(domicilio.numeroInterior(), "domicilioFiscal.numeroInterior", "", MAX_TEXT, findings);
        String colonia = TitularFields.text(domicilio.colonia(), "domicilioFiscal.colonia", "La colonia es obligatoria.", MAX_TEXT,
                findings);
        String cp = domicilio.codigoPostal() == null ? null : domicilio.codigoPostal().strip();
        if (cp == null || !CODIGO_POSTAL.matcher(cp).matches() || cp.startsWith("00")) {
            findings.error("domicilioFiscal.codigoPostal", "El código postal debe tener 5 dígitos.");
            cp = null;
        }
        String municipio = TitularFields.text(domicilio.municipio(), "domicilioFiscal.municipio",
                "El municipio o alcaldía es obligatorio.", MAX_TEXT, findings);
        String entidad = null;
        if (isBlank(domicilio.entidadFederativa())) {
            findings.error("domicilioFiscal.entidadFederativa", "La entidad federativa es obligatoria.");
        } else {
            entidad = EntidadFederativa.parse(domicilio.entidadFederativa()).map(EntidadFederativa::clave).orElse(null);
            if (entidad == null) {
                findings.error("domicilioFiscal.entidadFederativa",
                        "No es una de las 32 entidades federativas; use su nombre oficial o su clave INEGI (01 a 32).");
            }
        }
        return new Domicilio(calle, exterior, interior, colonia, cp, municipio, entidad);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
