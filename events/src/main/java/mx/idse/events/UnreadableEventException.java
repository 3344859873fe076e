package mx.idse.events;

/** A message that is not a valid event of ours; it goes to the dead-letter topic with this reason. */
public class UnreadableEventException extends RuntimeException {

    public UnreadableEventException(String reason) {
        super(reason);
    }
}
