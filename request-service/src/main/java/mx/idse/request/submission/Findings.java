package mx.idse.request.submission;

import java.util.ArrayList;
import java.util.List;

import mx.idse.platform.problem.ApiProblem;
import mx.idse.platform.problem.FieldError;
import mx.idse.request.solicitud.Advertencia;

/** The field errors and warnings of one validation, so every bad field is reported at once. */
public final class Findings {

    private final List<FieldError> errors = new ArrayList<>();
    private final List<Advertencia> warnings = new ArrayList<>();

    public void error(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    public void warn(Advertencia warning) {
        warnings.add(warning);
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
