package mx.idse.platform;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * docs/glossary.md's rule, applied to every Java type of the repository: a domain noun is named
 * in Spanish, never with the English word the glossary reserves for prose. Event names (and
 * classes named after an event) and the services' own names are the documented exceptions.
 */
class GlossaryTest {

    private static final Path ROOT = Path.of("..");
    private static final Path GLOSSARY = ROOT.resolve("docs").resolve("glossary.md");

    /** English word in a type name -> the word the glossary gives the concept. */
    private static final Map<String, String> RESERVED = Map.of(
            "Request", "Solicitud",
            "Requests", "Solicitud",
            "Cancellation", "Cancelacion",
            "Notification", "Notificacion",
            "Holder", "Titular",
            "Account", "Cuenta",
            "Additional", "Adicional",
            "Operator", "Operador",
            "Online", "EnLinea",
            "Catalog", "Catalogo");

    /** A service's name (request-service -> RequestService...) may start a type: RequestServiceConfig. */
    private static final Set<String> SERVICE_NAMES = Set.of("RequestService", "CancellationService",
            "NotificationService", "CertificateService");

    private static final Pattern WORD = Pattern.compile("[A-Z][a-z]+|[A-Z]+(?![a-z])");

    @Test
    void theGlossaryExistsAndNamesEveryReservedWord() throws IOException {
        String glossary = Files.readString(GLOSSARY, StandardCharsets.UTF_8);
        for (Map.Entry<String, String> reserved : RESERVED.entrySet()) {
            assertTrue(glossary.contains("`" + reserved.getValue()), "docs/glossary.md does not give the word "
                    + reserved.getValue() + " (for " + reserved.getKey() + ")");
        }
    }

    @Test
    void noTypeIsNamedWithAReservedEnglishWord() throws IOException {
        Set<String> events = eventNames();
        List<String> offenders = new ArrayList<>();
        for (Path source : javaSources()) {
            String type = source.getFileName().toString().replace(".java", "");
            if (type.equals("package-info") || startsWithAny(type, events) || startsWithAny(type, SERVICE_NAMES)) {
                continue;
            }
            Matcher words = WORD.matcher(type);
            while (words.find()) {
                String replacement = RESERVED.get(words.group());
                if (replacement != null) {
                    offenders.add(ROOT.relativize(source) + ": '" + words.group() + "' is '" + replacement + "'");
                }
            }
        }
        assertTrue(offenders.isEmpty(), "types named against docs/glossary.md:\n" + String.join("\n", offenders));
    }

    /** The event names the glossary lists, e.g. RequestSubmitted, CertificateCancelled. */
    private static Set<String> eventNames() throws IOException {
        String glossary = Files.readString(GLOSSARY, StandardCharsets.UTF_8);
        String section = glossary.substring(glossary.indexOf("## Events"));
        Set<String> names = new TreeSet<>();
        Matcher name = Pattern.compile("\\b(Request|Certificate)[A-Z][A-Za-z]+").matcher(section);
        while (name.find()) {
            names.add(name.group());
        }
        assertTrue(names.size() >= 10, "the glossary's event list: " + names);
        return names;
    }

    private static boolean startsWithAny(String type, Set<String> prefixes) {
        return prefixes.stream().anyMatch(type::startsWith);
    }

    private static List<Path> javaSources() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/.git/")
                            && !p.toString().contains("/.local-run/"))
                    .sorted()
                    .toList();
        }
    }
}
