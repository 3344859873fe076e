package mx.idse.testinfra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** File-system helpers shared by the embedded servers. */
final class Directories {

    private Directories() {
    }

    /** Creates a fresh directory under {@code java.io.tmpdir} (which surefire points under target/). */
    static Path newTempDirectory(String prefix) {
        try {
            Path base = Path.of(System.getProperty("java.io.tmpdir"));
            Files.createDirectories(base);
            return Files.createTempDirectory(base, prefix);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a temporary directory", e);
        }
    }

    /** Deletes a directory tree; best effort, as it runs from shutdown hooks. */
    static void deleteQuietly(Path directory) {
        if (directory == null || !Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // Leftovers under target/ are harmless; never fail a shutdown for them.
        }
    }
}
