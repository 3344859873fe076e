package mx.idse.events.consumer;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.apache.kafka.common.serialization.Serializer;

/**
 * The value serializer of every dead-letter producer ({@code dead-letter-queue.value.serializer}
 * and certificate-service's own dead-letter channel): a record goes to {@code idse.dlq} as received
 * except for password hashes, which are replaced by {@value #REDACTED}. A RequestConcluded carries
 * the account's Argon2id hash on {@code idse.issuance}, a topic only certificate-service may read;
 * the dead-letter topic is read by operators and must not hold anything that can be attacked
 * offline. Works on any text, parseable or not, so a malformed record is redacted too.
 */
public class RedactingStringSerializer implements Serializer<String> {

    public static final String REDACTED = "[redactado]";

    /** A PHC string of Argon2 (id, i or d): up to the quote, backslash or space that ends it (commas belong to it). */
    private static final Pattern ARGON2_PHC = Pattern.compile("\\$argon2(?:id|i|d)\\$[^\"\\s\\\\]*");

    @Override
    public byte[] serialize(String topic, String data) {
        return data == null ? null : redact(data).getBytes(StandardCharsets.UTF_8);
    }

    /** The text with every Argon2 PHC string replaced. */
    public static String redact(String text) {
        return ARGON2_PHC.matcher(text).replaceAll(REDACTED);
    }
}
