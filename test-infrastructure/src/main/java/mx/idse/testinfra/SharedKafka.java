package mx.idse.testinfra;

/** The JVM-wide Kafka broker as tests see it (see {@link Infrastructure#kafka()}). */
public final class SharedKafka {

    private final SharedInfrastructureMBean shared;

    SharedKafka(SharedInfrastructureMBean shared) {
        this.shared = shared;
    }

    /** The bootstrap address; it stays the same across {@link #stop()} and {@link #start()}. */
    public String bootstrapServers() {
        return shared.getKafkaBootstrapServers();
    }

    /** Stops the broker (an outage): clients' sends wait or time out; data is kept. */
    public void stop() {
        shared.stopKafka();
    }

    /** Starts the broker again on the same port with the same data; waits until it serves clients. */
    public void start() {
        shared.startKafka();
    }

    /** Whether the broker is up. */
    public boolean isRunning() {
        return shared.isKafkaRunning();
    }
}
