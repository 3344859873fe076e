package mx.idse.events.consumer;

/** An event that kept failing after its retries; it goes to the dead-letter topic with this reason. */
public class EventHandlingException extends RuntimeException {

    public EventHandlingException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
