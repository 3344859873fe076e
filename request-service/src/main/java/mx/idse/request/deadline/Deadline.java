package mx.idse.request.deadline;

import java.time.Instant;
import java.time.LocalDate;

/**
 * When a request must be concluded.
 *
 * @param fechaLimite the last business day (Mexico City) to conclude it in person
 * @param expiresAt   the end of that day in Mexico City: from then on the request is VENCIDA
 * @param noticeAt    when RequestDeadlineApproaching goes out
 */
public record Deadline(LocalDate fechaLimite, Instant expiresAt, Instant noticeAt) {
}
