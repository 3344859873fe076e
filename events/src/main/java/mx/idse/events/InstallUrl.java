package mx.idse.events;

import java.net.URI;

/**
 * The installation link of a certificate, the legacy IMSS entry point kept as is:
 * {@code <certificate-service's public base URL>/certificacion/instalaRenovacion.idse?SERIAL_NOM=<serial>}.
 * certificate-service writes it into CertificateIssued ({@code urlInstalacion}) and serves it;
 * notification-service builds it only for older events that lack that field. One place, so the
 * route and the links cannot drift apart.
 */
public final class InstallUrl {

    /** The route certificate-service serves. */
    public static final String PATH = "/certificacion/instalaRenovacion.idse";
    /** Its one query parameter: the 15-digit serial. */
    public static final String SERIAL_PARAMETER = "SERIAL_NOM";

    private InstallUrl() {
    }

    /** The link for {@code serial} under {@code publicBaseUrl} (with or without a trailing slash). */
    public static String of(URI publicBaseUrl, String serial) {
        String base = publicBaseUrl.toString();
        if (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base + PATH + "?" + SERIAL_PARAMETER + "=" + serial;
    }
}
