package mx.idse.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * events/asyncapi.yaml against the code, both ways: every {@link EventType} has its message with
 * the same CloudEvents type, channel and payload fields, and the file has no event or field the
 * records lack. The code is the source of truth; when this fails, fix the YAML.
 */
class AsyncApiContractTest {

    private static final String MESSAGE_REF = "#/components/messages/";
    private static final String SCHEMA_REF = "#/components/schemas/";
    private static final String DEAD_LETTER = "DeadLetter";

    private static JsonNode api;

    @BeforeAll
    static void read() throws IOException {
        api = new ObjectMapper(new YAMLFactory()).readTree(Path.of("asyncapi.yaml").toFile());
    }

    @Test
    void everyEventTypeHasItsMessageWithTheSameTypeAndChannel() {
        for (EventType type : EventType.values()) {
            String name = type.payloadClass().getSimpleName();
            JsonNode message = message(name);
            assertEquals(type.type(), envelope(message).at("/properties/type/const").asText(), name + " CloudEvents type");
            assertEquals(Set.of(type.topic()), channelsCarrying(name), name + " is on its topic's channel only");
        }
    }

    @Test
    void everyPayloadHasExactlyTheFieldsOfItsRecord() {
        for (EventType type : EventType.values()) {
            String schema = schemaName(envelope(message(type.payloadClass().getSimpleName())).at("/properties/data/$ref"));
            assertSameFields(type.payloadClass(), schema, new HashSet<>());
        }
    }

    @Test
    void theFileListsNoEventTheCodeLacks() {
        Set<String> payloads = Arrays.stream(EventType.values()).map(t -> t.payloadClass().getSimpleName())
                .collect(Collectors.toSet());
        Set<String> messages = names(api.at("/components/messages"));
        messages.remove(DEAD_LETTER);
        assertEquals(new TreeSet<>(payloads), messages, "components.messages");

        Set<String> dataSchemas = names(api.at("/components/schemas")).stream().filter(n -> n.endsWith("Data"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(payloads.stream().map(p -> p + "Data").collect(Collectors.toCollection(TreeSet::new)), dataSchemas,
                "payload schemas");

        for (Iterator<Map.Entry<String, JsonNode>> it = api.at("/channels").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> channel = it.next();
            for (JsonNode ref : channel.getValue().at("/messages")) {
                String name = ref.get("$ref").asText().substring(MESSAGE_REF.length());
                if (!DEAD_LETTER.equals(name)) {
                    assertTrue(payloads.contains(name), channel.getKey() + " carries unknown message " + name);
                }
            }
        }
    }

    /** Compares a record and its schema, then every record-typed field with its own schema. */
    private static void assertSameFields(Class<?> record, String schemaName, Set<Class<?>> seen) {
        if (!seen.add(record)) {
            return;
        }
        JsonNode schema = api.at("/components/schemas/" + schemaName);
        assertTrue(schema.isObject(), "schema " + schemaName + " exists");
        Set<String> components = Arrays.stream(record.getRecordComponents()).map(c -> c.getName())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(components, names(schema.get("properties")), schemaName + " fields vs record " + record.getSimpleName());
        Set<String> required = new TreeSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        assertTrue(components.containsAll(required), schemaName + " requires a field the record lacks: " + required);
        for (var component : record.getRecordComponents()) {
            if (component.getType().isRecord()) {
                assertSameFields(component.getType(), component.getType().getSimpleName(), seen);
            }
        }
    }

    private static JsonNode message(String name) {
        JsonNode message = api.at("/components/messages/" + name);
        assertTrue(message.isObject(), "components.messages." + name + " exists");
        return message;
    }

    /** The second allOf part of a message payload: the envelope specialised for this event. */
    private static JsonNode envelope(JsonNode message) {
        JsonNode part = message.at("/payload/allOf/1");
        assertNotNull(part);
        return part;
    }

    private static Set<String> channelsCarrying(String messageName) {
        Set<String> topics = new TreeSet<>();
        for (JsonNode channel : api.at("/channels")) {
            for (JsonNode ref : channel.at("/messages")) {
                if ((MESSAGE_REF + messageName).equals(ref.get("$ref").asText())) {
                    topics.add(channel.get("address").asText());
                }
            }
        }
        return topics;
    }

    private static String schemaName(JsonNode ref) {
        assertTrue(ref.asText().startsWith(SCHEMA_REF), "data refers to a schema: " + ref);
        return ref.asText().substring(SCHEMA_REF.length());
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        if (object != null) {
            object.fieldNames().forEachRemaining(names::add);
        }
        return names;
    }
}
