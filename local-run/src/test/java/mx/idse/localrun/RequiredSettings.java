package mx.idse.localrun;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The settings a packaged service cannot start without, read from its module's sources: every
 * {@code ${NAME}} without a default in application.properties, and every {@code @ConfigMapping}
 * method with neither {@code @WithDefault} nor an Optional type, unless application.properties
 * sets it for all profiles. Answers as environment variable names (MicroProfile Config rules).
 */
final class RequiredSettings {

    private static final Pattern PREFIX = Pattern.compile("@ConfigMapping\\(prefix\\s*=\\s*\"([^\"]+)\"\\)");
    private static final Pattern METHOD = Pattern.compile("^\\s+([\\w.<>, ]+)\\s+(\\w+)\\(\\);\\s*$");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}:]+)}");

    private RequiredSettings() {
    }

    /** Environment variable names the module at {@code module} needs from its deployment. */
    static Set<String> of(Path module) {
        Set<String> required = new TreeSet<>();
        Properties properties = properties(module.resolve("src/main/resources/application.properties"));
        for (String value : properties.stringPropertyNames().stream().map(properties::getProperty).toList()) {
            Matcher expression = EXPRESSION.matcher(value);
            while (expression.find()) {
                if (!properties.containsKey(expression.group(1))) {
                    required.add(envName(expression.group(1)));
                }
            }
        }
        for (String key : mappingKeysWithoutDefault(module.resolve("src/main/java"))) {
            if (!properties.containsKey(key)) {
                required.add(envName(key));
            }
        }
        return required;
    }

    /** {@code idse.ca.keystore-path} becomes {@code IDSE_CA_KEYSTORE_PATH}. */
    static String envName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    private static List<String> mappingKeysWithoutDefault(Path sources) {
        List<String> keys = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher prefix = PREFIX.matcher(source);
                if (prefix.find()) {
                    keys.addAll(keysWithoutDefault(prefix.group(1), source.lines().toList()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }

    private static List<String> keysWithoutDefault(String prefix, List<String> lines) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher method = METHOD.matcher(lines.get(i));
            boolean hasDefault = i > 0 && lines.get(i - 1).contains("@WithDefault");
            if (method.matches() && !hasDefault && !method.group(1).startsWith("Optional")) {
                keys.add(prefix + "." + kebab(method.group(2)));
            }
        }
        return keys;
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** Non-profile keys only: a {@code %dev.} or {@code %test.} value does not reach a container. */
    private static Properties properties(Path file) {
        Properties all = new Properties();
        try (var reader = Files.newBufferedReader(file)) {
            all.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Properties withoutProfiles = new Properties();
        all.stringPropertyNames().stream().filter(k -> !k.startsWith("%"))
                .forEach(k -> withoutProfiles.setProperty(k, all.getProperty(k)));
        return withoutProfiles;
    }
}
