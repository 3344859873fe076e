package mx.idse.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** docs/events.md lists exactly the event types of {@link EventType}, each on its topic. */
class EventCatalogueDocTest {

    private static final Pattern ROW = Pattern.compile("^\\| `(idse\\.[a-z.-]+\\.v\\d+)` \\| `(idse\\.[a-z]+)`", Pattern.MULTILINE);

    @Test
    void catalogueMatchesTheEventTypes() throws IOException {
        String page = Files.readString(Path.of("..", "docs", "events.md"), StandardCharsets.UTF_8);
        Set<String> documented = new TreeSet<>();
        Matcher row = ROW.matcher(page);
        while (row.find()) {
            documented.add(row.group(1));
            EventType type = EventType.fromType(row.group(1)).orElseThrow(() -> new AssertionError("unknown type in docs: " + row.group()));
            assertEquals(type.topic(), row.group(2), "topic of " + type.type());
        }
        Set<String> declared = Arrays.stream(EventType.values()).map(EventType::type).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(declared, documented);
        assertTrue(page.contains("asyncapi.yaml"));
    }
}
