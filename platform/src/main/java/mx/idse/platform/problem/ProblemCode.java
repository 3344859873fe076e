package mx.idse.platform.problem;

import java.util.Locale;

/**
 * Every problem {@code code} the system answers, with its HTTP status and Spanish title. The
 * status is decided here, never at a throw site. docs/problem-codes.md lists exactly these
 * (a test keeps them equal). Never rename or reuse a code: clients branch on it.
 */
public enum ProblemCode {
    DATOS_INVALIDOS(400, "Datos inválidos"),
    CUERPO_INVALIDO(400, "Cuerpo de la petición inválido"),
    IDEMPOTENCY_KEY_INVALIDA(400, "Idempotency-Key inválida"),
    RELOJ_INVALIDO(400, "Desplazamiento de reloj inválido"),
    NO_AUTENTICADO(401, "No autenticado"),
    CREDENCIALES_INVALIDAS(401, "Credenciales inválidas"),
    SIN_PERMISO(403, "Sin permiso"),
    /** The body names a Subdelegación other than the operator token's {@code subdelegacion} claim. */
    SUBDELEGACION_NO_COINCIDE(403, "La Subdelegación no coincide con la del token"),
    NO_ENCONTRADO(404, "No encontrado"),
    METODO_NO_PERMITIDO(405, "Método no permitido"),
    FORMATO_NO_ACEPTABLE(406, "Formato no aceptable"),
    USUARIO_EN_USO(409, "Usuario en uso"),
    SOLICITUD_VENCIDA(409, "Solicitud vencida"),
    ESTADO_NO_PERMITE_OPERACION(409, "El estado no permite la operación"),
    /** The certificate was cancelled before; the answer's Location names that cancellation. */
    CERTIFICADO_YA_CANCELADO(409, "Certificado ya cancelado"),
    /** A principal certificate already has the most active additional certificates allowed. */
    LIMITE_ADICIONALES(409, "Límite de certificados adicionales"),
    CUERPO_DEMASIADO_GRANDE(413, "Cuerpo demasiado grande"),
    URI_DEMASIADO_LARGA(414, "URI demasiado larga"),
    TIPO_CONTENIDO_NO_SOPORTADO(415, "Tipo de contenido no soportado"),
    CERTIFICADO_NO_VIGENTE(410, "Certificado no vigente"),
    IDEMPOTENCY_KEY_REUTILIZADA(422, "Idempotency-Key reutilizada"),
    DEMASIADOS_INTENTOS(429, "Demasiados intentos fallidos"),
    SERVICIO_SATURADO(429, "Servicio saturado"),
    /** Any other 4xx the HTTP framework raises; the answer carries the framework's status. */
    PETICION_INVALIDA(400, "Petición inválida"),
    ERROR_INTERNO(500, "Error interno"),
    /** A service this one depends on (e.g. certificate-service's credential check) did not answer. */
    SERVICIO_NO_DISPONIBLE(503, "Servicio no disponible");

    /** Prefix of every problem {@code type} URI. */
    public static final String TYPE_BASE = "https://idse.imss.gob.mx/problemas/";

    private final int status;
    private final String title;

    ProblemCode(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    /** Short Spanish summary of the code, the problem's {@code title}. */
    public String title() {
        return title;
    }

    /** The problem {@code type}: the base URI plus the code in lower case with dashes. */
    public String type() {
        return TYPE_BASE + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
