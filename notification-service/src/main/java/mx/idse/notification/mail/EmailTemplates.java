package mx.idse.notification.mail;

import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import mx.idse.events.payload.CertificateCancelled;
import mx.idse.events.payload.CertificateExpiring;
import mx.idse.events.payload.CertificateIssuanceFailed;
import mx.idse.events.payload.CertificateIssued;
import mx.idse.events.payload.RequestDeadlineApproaching;
import mx.idse.events.payload.RequestExpired;
import mx.idse.events.payload.RequestRejected;
import mx.idse.events.payload.RequestSubmitted;

/**
 * Every email, type-checked at build time, in two variants of one template:
 * {@code templates/email/<method>.html} (escaped as HTML) and {@code <method>.txt} (plain text);
 * {@link EmailComposer} renders both. Dates arrive already written out in Spanish.
 */
@CheckedTemplate(basePath = "email")
final class EmailTemplates {

    private EmailTemplates() {
    }

    static native TemplateInstance requestSubmitted(RequestSubmitted e, String fechaLimite, List<String> documentos,
            String portal);

    static native TemplateInstance additionalRequestSubmitted(RequestSubmitted e, boolean paraPrincipal, String portal);

    static native TemplateInstance requestDeadlineApproaching(RequestDeadlineApproaching e, String fechaLimite);

    static native TemplateInstance requestExpired(RequestExpired e, String fechaLimite, String portal);

    static native TemplateInstance requestRejected(RequestRejected e, String fecha, String portal);

    static native TemplateInstance certificateIssued(CertificateIssued e, String validoDesde, String validoHasta,
            String urlInstalacion, boolean paraPrincipal);

    static native TemplateInstance certificateIssuanceFailed(CertificateIssuanceFailed e, String portal);

    static native TemplateInstance certificateCancelled(CertificateCancelled e, String fecha, String motivo,
            boolean olvidoContrasena, boolean principalCancelado, boolean paraPrincipal, String portal);

    static native TemplateInstance certificateExpiring(CertificateExpiring e, String validoHasta, String portal);
}
