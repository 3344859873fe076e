package mx.idse.notification.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.Variant;
import mx.idse.events.InstallUrl;
import mx.idse.events.payload.CertificateCancelled;
import mx.idse.events.payload.CertificateExpiring;
import mx.idse.events.payload.CertificateIssuanceFailed;
import mx.idse.events.payload.CertificateIssued;
import mx.idse.events.payload.MotivoCancelacion;
import mx.idse.events.payload.RequestDeadlineApproaching;
import mx.idse.events.payload.RequestExpired;
import mx.idse.events.payload.RequestRejected;
import mx.idse.events.payload.RequestSubmitted;
import mx.idse.events.payload.TipoCertificado;
import mx.idse.events.payload.TipoSolicitud;
import mx.idse.notification.config.NotificationServiceConfig;

/**
 * Turns an event into the emails it means: subject, HTML and plain-text parts. Events carry no
 * secret and neither do the emails: never a password, private key or PFX.
 */
@ApplicationScoped
public class EmailComposer {

    private final NotificationServiceConfig config;

    EmailComposer(NotificationServiceConfig config) {
        this.config = config;
    }

    /**
     * A principal request: what to bring to the Subdelegación and by when. An additional one is
     * concluded at once (no office visit, no deadline): its holder hears the certificate is being
     * issued and the principal's holder that a request was made under its NPIE.
     */
    public List<Email> requestSubmitted(RequestSubmitted e) {
        if (e.tipo() == TipoSolicitud.ADICIONAL) {
            return additionalRequestSubmitted(e);
        }
        String deadline = SpanishText.longDate(e.fechaLimite());
        List<String> documents = e.documentosRequeridos() == null ? List.of()
                : e.documentosRequeridos().stream().map(SpanishText::document).toList();
        return List.of(email("request-submitted", e.correo(), e.folio(),
                "Recibimos tu solicitud " + e.folio() + ": acude antes del " + SpanishText.dayAndMonth(e.fechaLimite()),
                () -> EmailTemplates.requestSubmitted(e, deadline, documents, portal())));
    }

    private List<Email> additionalRequestSubmitted(RequestSubmitted e) {
        List<Email> emails = new ArrayList<>();
        emails.add(email("request-submitted-additional", e.correo(), e.folio(),
                "Recibimos tu solicitud " + e.folio() + ": tu certificado adicional se está emitiendo",
                () -> EmailTemplates.additionalRequestSubmitted(e, false, portal())));
        if (alsoToPrincipal(e.tipo() == TipoSolicitud.ADICIONAL, e.principalCorreo(), e.correo())) {
            emails.add(email("request-submitted-principal", e.principalCorreo(), e.folio(),
                    "Se solicitó un certificado adicional con tu NPIE " + e.npie(),
                    () -> EmailTemplates.additionalRequestSubmitted(e, true, portal())));
        }
        return emails;
    }

    public List<Email> requestDeadlineApproaching(RequestDeadlineApproaching e) {
        String deadline = SpanishText.longDate(e.fechaLimite());
        return List.of(email("request-deadline-approaching", e.correo(), e.folio(),
                "Tu solicitud " + e.folio() + " vence el " + SpanishText.dayAndMonth(e.fechaLimite()),
                () -> EmailTemplates.requestDeadlineApproaching(e, deadline)));
    }

    public List<Email> requestExpired(RequestExpired e) {
        String deadline = SpanishText.longDate(e.fechaLimite());
        return List.of(email("request-expired", e.correo(), e.folio(),
                "Tu solicitud " + e.folio() + " se canceló por vencimiento",
                () -> EmailTemplates.requestExpired(e, deadline, portal())));
    }

    public List<Email> requestRejected(RequestRejected e) {
        String date = SpanishText.longDate(e.fechaRechazo());
        return List.of(email("request-rejected", e.correo(), e.folio(),
                "Tu solicitud " + e.folio() + " fue rechazada",
                () -> EmailTemplates.requestRejected(e, date, portal())));
    }

    /** The holder, and for an additional certificate also the principal's holder. */
    public List<Email> certificateIssued(CertificateIssued e) {
        String from = SpanishText.longDate(e.validoDesde());
        String until = SpanishText.longDate(e.validoHasta());
        String installUrl = e.urlInstalacion() != null && !e.urlInstalacion().isBlank() ? e.urlInstalacion()
                : InstallUrl.of(config.installBaseUrl(), e.serial());
        List<Email> emails = new ArrayList<>();
        emails.add(email("certificate-issued", e.correo(), e.folio(),
                "Tu certificado " + e.serial() + " está listo para instalar",
                () -> EmailTemplates.certificateIssued(e, from, until, installUrl, false)));
        if (alsoToPrincipal(e.tipo() == TipoCertificado.ADICIONAL, e.principalCorreo(), e.correo())) {
            emails.add(email("certificate-issued-principal", e.principalCorreo(), e.folio(),
                    "Se emitió el certificado adicional " + e.serial(),
                    () -> EmailTemplates.certificateIssued(e, from, until, installUrl, true)));
        }
        return emails;
    }

    public List<Email> certificateIssuanceFailed(CertificateIssuanceFailed e) {
        return List.of(email("certificate-issuance-failed", e.correo(), e.folio(),
                "No pudimos emitir el certificado de tu solicitud " + e.folio(),
                () -> EmailTemplates.certificateIssuanceFailed(e, portal())));
    }

    /** The holder, and for an additional certificate also the principal's holder. */
    public List<Email> certificateCancelled(CertificateCancelled e) {
        String date = SpanishText.longDate(e.fechaCancelacion());
        String reason = SpanishText.cancellationReason(e.motivo());
        MotivoCancelacion motivo = SpanishText.motivo(e.motivo()).orElse(null);
        boolean forgottenPassword = motivo == MotivoCancelacion.OLVIDO_CONTRASENA;
        boolean principalCancelled = motivo == MotivoCancelacion.PRINCIPAL_CANCELADO;
        List<Email> emails = new ArrayList<>();
        emails.add(email("certificate-cancelled", e.correo(), e.folio(),
                "Tu certificado " + e.serial() + " fue cancelado",
                () -> EmailTemplates.certificateCancelled(e, date, reason, forgottenPassword, principalCancelled, false, portal())));
        if (alsoToPrincipal(e.tipo() == TipoCertificado.ADICIONAL, e.principalCorreo(), e.correo())) {
            emails.add(email("certificate-cancelled-principal", e.principalCorreo(), e.folio(),
                    "Se canceló el certificado adicional " + e.serial(),
                    () -> EmailTemplates.certificateCancelled(e, date, reason, forgottenPassword, principalCancelled, true, portal())));
        }
        return emails;
    }

    public List<Email> certificateExpiring(CertificateExpiring e) {
        String until = SpanishText.longDate(e.validoHasta());
        return List.of(email("certificate-expiring", e.correo(), null,
                "Tu certificado " + e.serial() + " vence el " + until,
                () -> EmailTemplates.certificateExpiring(e, until, portal())));
    }

    private static boolean alsoToPrincipal(boolean adicional, String principalCorreo, String correo) {
        return adicional && principalCorreo != null && !principalCorreo.isBlank()
                && !principalCorreo.equalsIgnoreCase(correo);
    }

    private String portal() {
        return base(config.publicBaseUrl().toString());
    }

    private static String base(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Renders the template's two variants, HTML and plain text, from the same data. */
    private static Email email(String template, String recipient, String folio, String subject,
            Supplier<TemplateInstance> body) {
        return new Email(template, recipient, folio, subject, render(body, Variant.TEXT_HTML), render(body, Variant.TEXT_PLAIN));
    }

    private static String render(Supplier<TemplateInstance> body, String contentType) {
        return body.get().setVariant(Variant.forContentType(contentType)).render();
    }
}
