package mx.idse.request.intake;

import java.util.Locale;
import java.util.Optional;

import jakarta.inject.Singleton;

import org.bouncycastle.pkcs.PKCS10CertificationRequest;

import mx.idse.events.payload.DomicilioFiscal;
import mx.idse.events.payload.Patron;
import mx.idse.events.payload.RepresentanteLegal;
import mx.idse.events.payload.TipoPersona;
import mx.idse.identifiers.CodigoPostal;
import mx.idse.identifiers.EntidadFederativa;
import mx.idse.identifiers.RegistroPatronal;
import mx.idse.identifiers.Rfc;
import mx.idse.pki.keys.KeyPolicy;
import mx.idse.pki.subject.SubjectText;
import mx.idse.platform.problem.ApiProblem;
import mx.idse.platform.problem.ProblemCode;
import mx.idse.request.solicitud.Advertencia;
import mx.idse.request.submission.Findings;
import mx.idse.request.submission.TitularFields;

/**
 * Checks a request field by field and reports every bad field at once (plain Java, no framework,
 * so the rules are unit-tested directly). Every value is normalised first and then checked, and
 * the checked value is the one returned for storing; the identifier rules are the identifiers
 * module's. A CSR is read and its key checked against the policy here; its signature is verified
 * later, inside the crypto gate.
 *
 * <p>Two uses, one set of rules: {@link #validate} for a submission (every field required) and
 * {@link #check} for the validation route (only the fields the body carries, so a page can check
 * one field as it is left; a rule across fields applies when they are all there).
 */
@Singleton
public class SolicitudValidator {

    private static final int MAX_TEXT = TitularFields.MAX_TEXT;

    private final KeyPolicy keyPolicy;

    public SolicitudValidator(KeyPolicy keyPolicy) {
        this.keyPolicy = keyPolicy;
    }

    /** The normalised request, or an {@link ApiProblem} 400 that lists every invalid field. */
    public SolicitudValidada validate(SolicitudBody body) {
        return read(body, Findings.whole());
    }

    /**
     * The fields the body carries, normalised, with their advertencias; or a 400 that lists every
     * invalid one. Absent fields are null in the answer.
     */
    public SolicitudValidada check(SolicitudBody body) {
        return read(body, Findings.partial());
    }

    private SolicitudValidada read(SolicitudBody body, Findings findings) {
        if (body == null) {
            throw new ApiProblem(ProblemCode.CUERPO_INVALIDO, "Envíe los datos de la solicitud en el cuerpo JSON.");
        }
        Patron patron = patron(body.patron(), findings);
        RepresentanteLegal representante = representante(body.representanteLegal(),
                patron == null ? null : patron.tipoPersona(), findings);
        patron = withHolderCurp(patron, body.patron(), representante, findings);
        DomicilioFiscal domicilio = domicilio(body.domicilioFiscal(), findings);
        String correo = TitularFields.correo(body.correo(), "correo", findings);
        TitularFields.credentials(body.usuario(), "usuario", body.contrasena(), "contrasena", findings);
        PKCS10CertificationRequest csr = TitularFields.csr(body.csr(), keyPolicy, findings);
        findings.throwIfAnyError();
        return new SolicitudValidada(patron, representante, domicilio, correo, body.usuario(), body.contrasena(), csr,
                findings.warnings());
    }

    private static Patron patron(SolicitudBody.PatronBody patron, Findings findings) {
        if (!findings.has(patron, "patron", "Los datos del patrón son obligatorios.")) {
            return null;
        }
        TipoPersona tipo = tipoPersona(patron.tipoPersona(), findings);
        String rfc = rfc(patron.rfc(), tipo, findings);
        // O of the certificate, and also its CN for a persona física without representative.
        String nombre = TitularFields.text(patron.nombre(), "patron.nombre", "El nombre o razón social es obligatorio.",
                SubjectText.ORGANIZATION_NAME_MAX, findings);
        String registro = null;
        if (findings.has(patron.registroPatronal(), "patron.registroPatronal", "El registro patronal es obligatorio.")) {
            registro = RegistroPatronal.normalize(patron.registroPatronal());
            registro = findings.accept("patron.registroPatronal", RegistroPatronal.check(registro)) ? registro : null;
        }
        return new Patron(tipo, rfc, nombre, registro, null);
    }

    private static TipoPersona tipoPersona(String value, Findings findings) {
        if (!findings.has(value, "patron.tipoPersona", "Indique FISICA o MORAL.")) {
            return null;
        }
        try {
            return TipoPersona.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            findings.error("patron.tipoPersona", "Debe ser FISICA o MORAL.");
            return null;
        }
    }

    /** Shape, date and generic RFCs are errors; a check-digit mismatch is only an advertencia for the operator. */
    private static String rfc(String value, TipoPersona tipo, Findings findings) {
        if (!findings.has(value, "patron.rfc", "El RFC es obligatorio.")) {
            return null;
        }
        String rfc = Rfc.normalize(value);
        Optional<String> problem = tipo == null ? Rfc.check(rfc) : Rfc.check(rfc, tipo == TipoPersona.MORAL);
        if (!findings.accept("patron.rfc", problem)) {
            return null;
        }
        Rfc.checkDigitAdvertencia(rfc).ifPresent(advertencia -> findings.warn(
                new Advertencia("patron.rfc", Advertencia.RFC_DIGITO_VERIFICADOR, advertencia)));
        return rfc;
    }

    /**
     * The certificate carries the holder's CURP. Without a representative the holder is the
     * persona física itself, so its CURP is required; with one, the representative's is used.
     */
    private static Patron withHolderCurp(Patron patron, SolicitudBody.PatronBody body, RepresentanteLegal representante,
            Findings findings) {
        if (patron == null || body.curp() == null || body.curp().isBlank()) {
            if (patron != null && findings.isWhole() && patron.tipoPersona() == TipoPersona.FISICA && representante == null) {
                findings.error("patron.curp", "La CURP del patrón persona física es obligatoria si no actúa un representante legal.");
            }
            return patron;
        }
        if (patron.tipoPersona() == TipoPersona.MORAL) {
            findings.error("patron.curp", "Una persona moral no tiene CURP; indique la de su representante legal.");
            return patron;
        }
        String curp = TitularFields.curp(body.curp(), "patron.curp", "", findings);
        return new Patron(patron.tipoPersona(), patron.rfc(), patron.nombre(), patron.registroPatronal(), curp);
    }

    private static RepresentanteLegal representante(SolicitudBody.RepresentanteBody representante, TipoPersona tipo,
            Findings findings) {
        if (representante == null) {
            if (findings.isWhole() && tipo == TipoPersona.MORAL) {
                findings.error("representanteLegal", "Una persona moral debe indicar a su representante legal.");
            }
            return null;
        }
        // The representative holds the certificate: the name is its CN.
        String nombre = TitularFields.holderName(representante.nombre(), "representanteLegal.nombre",
                "El nombre del representante legal es obligatorio.", findings);
        String curp = TitularFields.curp(representante.curp(), "representanteLegal.curp",
                "La CURP del representante legal es obligatoria.", findings);
        return new RepresentanteLegal(nombre, curp);
    }

    private static DomicilioFiscal domicilio(SolicitudBody.DomicilioBody domicilio, Findings findings) {
        if (!findings.has(domicilio, "domicilioFiscal", "El domicilio fiscal es obligatorio.")) {
            return null;
        }
        String calle = TitularFields.text(domicilio.calle(), "domicilioFiscal.calle", "La calle es obligatoria.", MAX_TEXT,
                findings);
        String exterior = TitularFields.text(domicilio.numeroExterior(), "domicilioFiscal.numeroExterior",
                "El número exterior es obligatorio.", MAX_TEXT, findings);
        String interior = domicilio.numeroInterior() == null || domicilio.numeroInterior().isBlank() ? null
                : TitularFields.text(domicilio.numeroInterior(), "domicilioFiscal.numeroInterior", "", MAX_TEXT, findings);
        String colonia = TitularFields.text(domicilio.colonia(), "domicilioFiscal.colonia", "La colonia es obligatoria.", MAX_TEXT,
                findings);
        String cp = null;
        if (findings.checks(domicilio.codigoPostal())) {
            cp = CodigoPostal.normalize(domicilio.codigoPostal());
            cp = findings.accept("domicilioFiscal.codigoPostal", CodigoPostal.check(cp)) ? cp : null;
        }
        String municipio = TitularFields.text(domicilio.municipio(), "domicilioFiscal.municipio",
                "El municipio o alcaldía es obligatorio.", MAX_TEXT, findings);
        String entidad = null;
        if (findings.has(domicilio.entidadFederativa(), "domicilioFiscal.entidadFederativa",
                "La entidad federativa es obligatoria.")) {
            entidad = EntidadFederativa.parse(domicilio.entidadFederativa()).map(EntidadFederativa::clave).orElse(null);
            if (entidad == null) {
                findings.error("domicilioFiscal.entidadFederativa",
                        "No es una de las 32 entidades federativas; use su nombre oficial o su clave INEGI (01 a 32).");
            }
        }
        return new DomicilioFiscal(calle, exterior, interior, colonia, cp, municipio, entidad);
    }
}
