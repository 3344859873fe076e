package mx.idse.pki.keys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Reads the known-compromised keys list: one hex SHA-256 of a DER SubjectPublicKeyInfo per line, {@code #} comments. */
public final class BlockedKeys {

    private BlockedKeys() {
    }

    public static Set<String> read(Path file) throws IOException {
        Set<String> blocked = new HashSet<>();
        for (String line : Files.readAllLines(file)) {
            String entry = line.replaceFirst("#.*", "").trim().toLowerCase(Locale.ROOT);
            if (!entry.isEmpty()) {
                blocked.add(entry);
            }
        }
        return blocked;
    }
}
