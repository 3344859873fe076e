package mx.idse.platform.time;

import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import mx.idse.platform.problem.ApiProblem;
import mx.idse.platform.problem.ProblemCode;

/**
 * Moves the service's clock forward so a person can watch a request expire. Answers 404 unless
 * {@code idse.dev-clock.enabled=true} (set by the local run and the tests only).
 */
@Path("/dev/reloj")
@Produces(MediaType.APPLICATION_JSON)
public class DevClockResource {

    /** Body of POST: an ISO-8601 duration such as {@code P15D} or {@code PT36H}. */
    public record AdvanceBody(String adelantar) {
    }

    /** What the clock says now. */
    public record ClockResponse(String ahora, String desplazamiento) {
    }

    private final ClockProducer clocks;
    private final Clock clock;

    DevClockResource(ClockProducer clocks, Clock clock) {
        this.clocks = clocks;
        this.clock = clock;
    }

    @GET
    @Operation(summary = "Hora del servicio (solo con idse.dev-clock.enabled)")
    public ClockResponse now() {
        return describe(movable());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Adelanta el reloj del servicio (solo con idse.dev-clock.enabled)")
    public ClockResponse advance(AdvanceBody body) {
        MovableClock movable = movable();
        if (body == null || body.adelantar() == null) {
            throw new ApiProblem(ProblemCode.RELOJ_INVALIDO, "Indique 'adelantar' como duración ISO-8601, por ejemplo P15D.");
        }
        try {
            movable.advance(Duration.parse(body.adelantar()));
        } catch (DateTimeParseException e) {
            throw new ApiProblem(ProblemCode.RELOJ_INVALIDO, "'adelantar' debe ser una duración ISO-8601, por ejemplo P15D o PT36H.");
        }
        return describe(movable);
    }

    @DELETE
    @Operation(summary = "Regresa el reloj del servicio a la hora real (solo con idse.dev-clock.enabled)")
    public ClockResponse reset() {
        MovableClock movable = movable();
        movable.reset();
        return describe(movable);
    }

    private MovableClock movable() {
        return clocks.movable().orElseThrow(() -> ApiProblem.notFound("El recurso solicitado no existe."));
    }

    private ClockResponse describe(MovableClock movable) {
        return new ClockResponse(MexicoCity.format(clock.instant()), movable.offset().toString());
    }
}
