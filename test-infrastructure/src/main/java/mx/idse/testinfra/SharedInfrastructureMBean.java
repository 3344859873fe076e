package mx.idse.testinfra;

/**
 * The JVM-wide servers seen through JMX, with JDK types only, so that every class loader of the
 * test JVM (Quarkus makes one per test profile) reaches the same servers. Use
 * {@link Infrastructure} rather than this interface.
 */
public interface SharedInfrastructureMBean {

    /** Starts PostgreSQL, Kafka and SMTP (in parallel) if they are not running yet. */
    void startAll();

    /** Kafka's bootstrap address; starts Kafka on first use. */
    String getKafkaBootstrapServers();

    /** Whether Kafka is running (false between {@link #stopKafka()} and {@link #startKafka()}). */
    boolean isKafkaRunning();

    /** Stops Kafka, keeping its port and data. */
    void stopKafka();

    /** Starts Kafka again on the same port. */
    void startKafka();

    /** Creates a database if missing and returns its JDBC URL; starts PostgreSQL on first use. */
    String createDatabase(String name);

    /** The JDBC URL of a database. */
    String jdbcUrl(String name);

    /** PostgreSQL's port. */
    int getPostgresPort();

    /** PostgreSQL's user name. */
    String getPostgresUsername();

    /** PostgreSQL's password. */
    String getPostgresPassword();

    /** The SMTP host; starts SMTP on first use. */
    String getSmtpHost();

    /** The SMTP port. */
    int getSmtpPort();

    /** Raw MIME bytes of each message delivered to {@code email}. */
    byte[][] smtpMessagesFor(String email);

    /** Deletes all received mail. */
    void purgeSmtp();

    /** Folder holding the JWT key pair of {@link OperadorTokens} (private-key.pem, public-key.pem). */
    String getJwtKeyDirectory();
}
