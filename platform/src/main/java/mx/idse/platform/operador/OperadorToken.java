package mx.idse.platform.operador;

import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who acts and where, read from an operator's verified token (DESIGN.md, "Operator actions"). */
public final class OperadorToken {

    private OperadorToken() {
    }

    /** The token's Subdelegación, checked against the body's by {@link OperadorSubdelegacion#resolve}. */
    public static String subdelegacion(JsonWebToken token, String fromBody) {
        Object claim = token.getClaim(OperadorSubdelegacion.CLAIM);
        String value = claim instanceof JsonString json ? json.getString() : claim instanceof String text ? text : null;
        return OperadorSubdelegacion.resolve(value, fromBody);
    }

    /** The JWT subject; {@code upn} or name when a token carries no subject. */
    public static String operadorId(JsonWebToken token) {
        return token.getSubject() != null ? token.getSubject() : token.getName();
    }
}
