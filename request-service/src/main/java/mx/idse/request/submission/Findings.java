package mx.idse.request.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import mx.idse.platform.problem.ApiProblem;
import mx.idse.platform.problem.FieldError;
import mx.idse.request.solicitud.Advertencia;

/**
 * The field errors and warnings of one validation, so every bad field is reported at once. A
 * whole check (a submission) requires every field; a partial one (the validation route, which a
 * page calls as each field is left) checks only the fields the body carries.
 */
public final class Findings {

    private final boolean partial;
    private final List<FieldError> errors = new ArrayList<>();
    private final List<Advertencia> warnings = new ArrayList<>();

    private Findings(boolean partial) {
        this.partial = partial;
    }

    /** Every field required: what a submission is checked with. */
    public static Findings whole() {
        return new Findings(false);
    }

    /** Only what the body carries: absent fields and the rules that involve them are not checked. */
    public static Findings partial() {
        return new Findings(true);
    }

    public void error(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    /** The rule's problem, if any, as an error on {@code field}; true when there was none. */
    public boolean accept(String field, Optional<String> problem) {
        problem.ifPresent(message -> error(field, message));
        return problem.isEmpty();
    }

    public void warn(Advertencia warning) {
        warnings.add(warning);
    }

    /** Whether a field is to be checked: always in a whole check; in a partial one when the body carries it. */
    public boolean checks(Object value) {
        return value != null || !partial;
    }

    /**
     * Whether a value is there to be checked: absent (null) in a partial check is not, without an
     * error; absent in a whole check, or blank in either, is not, with {@code missingMessage}.
     */
    public boolean has(String value, String field, String missingMessage) {
        return has((Object) value, field, missingMessage) && !blank(value, field, missingMessage);
    }

    /** Whether a nested object is there: absent is an error only in a whole check. */
    public boolean has(Object value, String field, String missingMessage) {
        if (value == null && !partial) {
            error(field, missingMessage);
        }
        return value != null;
    }

    /** Whether the rules that span several fields apply although some of them are absent (a whole check). */
    public boolean isWhole() {
        return !partial;
    }

    private boolean blank(String value, String field, String missingMessage) {
        if (value.isBlank()) {
            error(field, missingMessage);
        }
        return value.isBlank();
    }

    public List<Advertencia> warnings() {
        return List.copyOf(warnings);
    }

    /** A 400 that lists every invalid field, when there is any. */
    public void throwIfAnyError() {
        if (!errors.isEmpty()) {
            throw ApiProblem.invalidFields(errors);
        }
    }
}
