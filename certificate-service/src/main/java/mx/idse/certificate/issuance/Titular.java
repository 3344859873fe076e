package mx.idse.certificate.issuance;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import mx.idse.events.payload.Patron;
import mx.idse.events.payload.RepresentanteLegal;
import mx.idse.events.payload.RequestConcluded;
import mx.idse.events.payload.TipoPersona;
import mx.idse.identifiers.Curp;
import mx.idse.identifiers.RegistroPatronal;
import mx.idse.identifiers.Rfc;
import mx.idse.pki.subject.CertificateSubject;
import mx.idse.pki.subject.SubjectText;

/**
 * Who a certificate is for, read from the request data again (never from the CSR subject) and
 * checked against the subject rules (docs/certificate-subject.md, "Who the holder is"): the
 * representante legal when there is one, else the persona física itself. The producer is never
 * trusted: names and identifiers are checked again by the very rules intake applied (pki's
 * SubjectText, the identifiers module's Rfc, Curp and RegistroPatronal) and must be exactly as
 * intake normalised them, so what intake refuses is refused here too (DATOS_INVALIDOS).
 *
 * @param name             CN
 * @param organization     O: razón social, or the persona física's name
 * @param rfc              the patrón's RFC
 * @param curp             the holder's CURP
 * @param registroPatronal 11 characters without dashes
 */
public record Titular(String name, String organization, String rfc, String curp, String registroPatronal) {

    /** The holder of the request's certificate, or the reason it cannot be issued. */
    public static Titular of(RequestConcluded request) throws IssuanceRefused {
        Patron patron = request.patron();
        if (patron == null || patron.tipoPersona() == null) {
            throw refused("La solicitud no trae los datos del patrón.");
        }
        RepresentanteLegal representante = request.representanteLegal();
        if (representante == null && patron.tipoPersona() == TipoPersona.MORAL) {
            throw refused("Una persona moral requiere representante legal.");
        }
        String holderName = representante != null ? representante.nombre() : patron.nombre();
        String holderCurp = representante != null ? representante.curp() : patron.curp();
        return new Titular(
                name(holderName, SubjectText.COMMON_NAME_MAX, "del titular"),
                name(patron.nombre(), SubjectText.ORGANIZATION_NAME_MAX, "del patrón"),
                // A check-digit mismatch of the RFC is only an advertencia, resolved in person before conclusion.
                identifier(patron.rfc(), Rfc::normalize, rfc -> Rfc.check(rfc, patron.tipoPersona() == TipoPersona.MORAL),
                        "El RFC del patrón"),
                identifier(holderCurp, Curp::normalize, Curp::check, "La CURP del titular"),
                identifier(patron.registroPatronal(), RegistroPatronal::normalize, RegistroPatronal::check,
                        "El registro patronal"));
    }

    /** The certificate subject, with the patrón's NPIE and registro patronal as OUs. */
    public CertificateSubject subject(String npie) {
        return new CertificateSubject(name, organization, rfc, curp, npie, registroPatronal);
    }

    /** Names are used as validated at intake: one that the subject rule would change or refuse is refused. */
    private static String name(String value, int max, String whose) throws IssuanceRefused {
        if (value == null || value.isBlank()) {
            throw refused("Falta el nombre " + whose + ".");
        }
        Optional<String> problem = SubjectText.check(value, max);
        if (problem.isPresent()) {
            throw refused("El nombre " + whose + " no puede ir en el certificado: " + problem.get());
        }
        if (!SubjectText.normalize(value).equals(value)) {
            throw refused("El nombre " + whose + " no está normalizado como se validó al recibir la solicitud.");
        }
        return value;
    }

    /** Refused when the rule refuses it, or when it is not in the form intake stores (e.g. a registro with dashes). */
    private static String identifier(String value, UnaryOperator<String> normalize, Function<String, Optional<String>> check,
            String what) throws IssuanceRefused {
        if (value == null) {
            throw refused(what + " falta.");
        }
        Optional<String> problem = check.apply(value);
        if (problem.isPresent()) {
            throw refused(what + " no es válido: " + problem.get());
        }
        if (!normalize.apply(value).equals(value)) {
            throw refused(what + " no está normalizado como se validó al recibir la solicitud.");
        }
        return value;
    }

    private static IssuanceRefused refused(String detalle) {
        return new IssuanceRefused(MotivoFalla.DATOS_INVALIDOS, detalle);
    }
}
