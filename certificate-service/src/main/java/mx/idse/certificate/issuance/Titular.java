package mx.idse.certificate.issuance;

import java.util.Optional;
import java.util.regex.Pattern;

import mx.idse.events.payload.Patron;
import mx.idse.events.payload.RepresentanteLegal;
import mx.idse.events.payload.RequestConcluded;
import mx.idse.events.payload.TipoPersona;
import mx.idse.pki.subject.CertificateSubject;
import mx.idse.pki.subject.SubjectText;

/**
 * Who a certificate is for, read from the request data again (never from the CSR subject) and
 * checked against the subject rules (docs/certificate-subject.md, "Who the holder is"): the
 * representante legal when there is one, else the persona física itself.
 *
 * @param name             CN
 * @param organization     O: razón social, or the persona física's name
 * @param rfc              the patrón's RFC
 * @param curp             the holder's CURP
 * @param registroPatronal 11 characters without dashes
 */
public record Titular(String name, String organization, String rfc, String curp, String registroPatronal) {

    private static final Pattern RFC = Pattern.compile("[A-ZÑ&]{3,4}[0-9]{6}[A-Z0-9]{3}");
    private static final Pattern CURP = Pattern.compile("[A-Z]{4}[0-9]{6}[HMX][A-Z]{5}[A-Z0-9][0-9]");
    private static final Pattern REGISTRO_PATRONAL = Pattern.compile("[A-Z0-9]{3}[0-9]{8}");

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
                identifier(patron.rfc(), RFC, "El RFC del patrón"),
                identifier(holderCurp, CURP, "La CURP del titular"),
                identifier(patron.registroPatronal(), REGISTRO_PATRONAL, "El registro patronal"));
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

    private static String identifier(String value, Pattern shape, String what) throws IssuanceRefused {
        if (value == null || !shape.matcher(value).matches()) {
            throw refused(what + " falta o no tiene el formato esperado.");
        }
        return value;
    }

    private static IssuanceRefused refused(String detalle) {
        return new IssuanceRefused(MotivoFalla.DATOS_INVALIDOS, detalle);
    }
}
