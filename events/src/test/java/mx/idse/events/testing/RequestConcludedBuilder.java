package mx.idse.events.testing;

import java.time.Instant;

import mx.idse.events.payload.DomicilioFiscal;
import mx.idse.events.payload.Patron;
import mx.idse.events.payload.RepresentanteLegal;
import mx.idse.events.payload.RequestConcluded;
import mx.idse.events.payload.TipoSolicitud;

/**
 * A persona moral's principal request concluded in person, with its representante legal; see
 * {@link EventPayloads}. The CSR and the password hash are asyncapi.yaml's examples (an EC P-256
 * request that verifies); certificate-service's tests set their own.
 */
public final class RequestConcludedBuilder {

    private static final String EXAMPLE_CSR = """
            -----BEGIN CERTIFICATE REQUEST-----
            MIIBRDCB6wIBADCBiDEaMBgGA1UEAwwRTUFSSUEgTE9QRVogUEVSRVoxKTAnBgNV
            BAoMIENPTUlTSU9OIEZFREVSQUwgREUgRUxFQ1RSSUNJREFEMRUwEwYDVQQtDAxD
            RkUzNzA4MTRRSTAxGzAZBgNVBAUTElNBQkM1NjA2MjZNREZMUk4wMTELMAkGA1UE
            BhMCTVgwWTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAAS+GeJhUY9ASCabbS7f7FOL
            uooFvf/EmZbIhhBbgJQp1bjWQCULFaN9PjHXB6nJPoa6kcyKPgnE2sThFDxXvzv9
            oAAwCgYIKoZIzj0EAwIDSAAwRQIhALP0Dg2Y05VXketibWwpNOZdLt9dRK9+4VMn
            3MQ9wuGQAiBj2Qg6ZHEVHORokVitZI/I3L4qIBBjvQBvk2PBcy+HMQ==
            -----END CERTIFICATE REQUEST-----
            """;

    private String folio = EventPayloads.FOLIO;
    private TipoSolicitud tipo = TipoSolicitud.PRINCIPAL;
    private String correo = EventPayloads.CORREO;
    private Patron patron = EventPayloads.patronMoral();
    private RepresentanteLegal representanteLegal = EventPayloads.representanteLegal();
    private DomicilioFiscal domicilioFiscal = EventPayloads.domicilioFiscal();
    private String usuario = EventPayloads.USUARIO;
    private String passwordHash = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$0d7MmQ3hV7c4mGk6b0yq1vF0S1o2mQ9cJ8l1yR6q3sE";
    private String csr = EXAMPLE_CSR;
    private String subdelegacion = EventPayloads.SUBDELEGACION;
    private String operador = EventPayloads.OPERADOR;
    private Instant fechaConclusion = Instant.now();
    private String npie;
    private String principalSerial;
    private String principalCorreo;

    RequestConcludedBuilder() {
    }

    /** An additional request, concluded at once (no operator) under the principal certificate. */
    public RequestConcludedBuilder adicionalOf(String principalSerial, String principalCorreo) {
        this.tipo = TipoSolicitud.ADICIONAL;
        this.subdelegacion = null;
        this.operador = null;
        this.principalSerial = principalSerial;
        this.principalCorreo = principalCorreo;
        return this;
    }

    public RequestConcludedBuilder folio(String folio) {
        this.folio = folio;
        return this;
    }

    public RequestConcludedBuilder correo(String correo) {
        this.correo = correo;
        return this;
    }

    public RequestConcludedBuilder patron(Patron patron) {
        this.patron = patron;
        return this;
    }

    /** Null for a persona física applying for itself. */
    public RequestConcludedBuilder representanteLegal(RepresentanteLegal representanteLegal) {
        this.representanteLegal = representanteLegal;
        return this;
    }

    public RequestConcludedBuilder domicilioFiscal(DomicilioFiscal domicilioFiscal) {
        this.domicilioFiscal = domicilioFiscal;
        return this;
    }

    public RequestConcludedBuilder usuario(String usuario) {
        this.usuario = usuario;
        return this;
    }

    public RequestConcludedBuilder passwordHash(String passwordHash) {
        this.passwordHash = passwordHash;
        return this;
    }

    public RequestConcludedBuilder csr(String csr) {
        this.csr = csr;
        return this;
    }

    public RequestConcludedBuilder operador(String operador, String subdelegacion) {
        this.operador = operador;
        this.subdelegacion = subdelegacion;
        return this;
    }

    public RequestConcludedBuilder fechaConclusion(Instant fechaConclusion) {
        this.fechaConclusion = fechaConclusion;
        return this;
    }

    public RequestConcludedBuilder npie(String npie) {
        this.npie = npie;
        return this;
    }

    public RequestConcluded build() {
        return new RequestConcluded(folio, tipo, correo, patron, representanteLegal, domicilioFiscal, usuario,
                passwordHash, csr, subdelegacion, operador, fechaConclusion, npie, principalSerial, principalCorreo);
    }
}
