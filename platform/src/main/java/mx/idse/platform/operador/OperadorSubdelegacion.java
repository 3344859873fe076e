package mx.idse.platform.operador;

import java.text.Normalizer;
import java.util.Locale;

import mx.idse.platform.problem.ApiProblem;
import mx.idse.platform.problem.ProblemCode;

/**
 * Where an operator acts comes from the {@code subdelegacion} claim of their token, never from
 * the body: the identity provider vouches for it. A body may still name it (clients built before
 * the claim); then it must be the same Subdelegación, or the action is refused.
 *
 * <p>Same means equal after trimming and NFC normalisation, ignoring case: "subdelegación centro"
 * matches "Subdelegación Centro" (a typing habit), "Subdelegacion Centro" does not (in Spanish an
 * accent makes another word, and the value recorded is always the claim's anyway).
 */
public final class OperadorSubdelegacion {

    /** Name of the token claim. */
    public static final String CLAIM = "subdelegacion";
    /** Longest value accepted, as stored with the request. */
    public static final int MAX_LENGTH = 120;

    private OperadorSubdelegacion() {
    }

    /**
     * The Subdelegación to record: the token's claim, trimmed.
     *
     * @param claim     the token's {@code subdelegacion} claim; null when the token has none
     * @param fromBody  the body's {@code subdelegacion}; null or blank when the body omits it
     * @throws ApiProblem 403 {@code SIN_PERMISO} when the claim is missing or unusable,
     *                    403 {@code SUBDELEGACION_NO_COINCIDE} when the body names another one
     */
    public static String resolve(String claim, String fromBody) {
        String granted = claim == null ? "" : claim.strip();
        if (granted.isEmpty() || granted.length() > MAX_LENGTH || granted.chars().anyMatch(Character::isISOControl)) {
            throw new ApiProblem(ProblemCode.SIN_PERMISO,
                    "El token de operador no indica una Subdelegación válida (claim 'subdelegacion'); "
                            + "solicite un token nuevo.");
        }
        if (fromBody != null && !fromBody.isBlank() && !comparable(fromBody).equals(comparable(granted))) {
            throw new ApiProblem(ProblemCode.SUBDELEGACION_NO_COINCIDE,
                    "La Subdelegación indicada no es la de su token (" + granted
                            + "); omita el campo subdelegacion o envíe esa misma.");
        }
        return granted;
    }

    private static String comparable(String value) {
        return Normalizer.normalize(value.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
