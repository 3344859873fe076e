package mx.idse.platform.operator;

import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who acts and where, read from an operator's verified token (DESIGN.md, "Operator actions"). */
public final class OperatorToken {

    private OperatorToken() {
    }

    /** The token's Subdelegación, checked against the body's by {@link OperatorSubdelegacion#resolve}. */
    public static String subdelegacion(JsonWebToken token, String fromBody) {
        Object claim = token.getClaim(OperatorSubdelegacion.CLAIM);
        String value = claim instanceof JsonString json ? json.getString() : claim instanceof String text ? text : null;
        return OperatorSubdelegacion.resolve(value, fromBody);
    }

    /** The JWT subject; {@code upn} or name when a token carries no subject. */
    public static String operatorId(JsonWebToken token) {
        return token.getSubject() != null ? token.getSubject() : token.getName();
    }
}
