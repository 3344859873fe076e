package mx.idse.request.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import mx.idse.request.config.RequestServiceConfig;
import mx.idse.request.credentials.PasswordHasher;
import mx.idse.request.keys.KeyGenerator;
import mx.idse.request.keys.KeyPolicy;

/** The plain-Java crypto rules as CDI beans, configured once. */
@Singleton
public class CryptoBeans {

    @Produces
    @Singleton
    PasswordHasher passwordHasher(RequestServiceConfig config) {
        RequestServiceConfig.Crypto crypto = config.crypto();
        return new PasswordHasher(crypto.argon2MemoryKib(), crypto.argon2Iterations(), crypto.argon2Parallelism());
    }

    @Produces
    @Singleton
    KeyGenerator keyGenerator(RequestServiceConfig config) {
        return new KeyGenerator(config.crypto().privateKeyPbkdf2Iterations());
    }

    @Produces
    @Singleton
    KeyPolicy keyPolicy(RequestServiceConfig config) throws IOException {
        Optional<Path> file = config.crypto().blockedKeysFile();
        if (file.isEmpty()) {
            return KeyPolicy.withDefaults();
        }
        Set<String> blocked = new HashSet<>();
        for (String line : Files.readAllLines(file.get())) {
            String entry = line.replaceFirst("#.*", "").trim().toLowerCase(Locale.ROOT);
            if (!entry.isEmpty()) {
                blocked.add(entry);
            }
        }
        return new KeyPolicy(blocked);
    }

    @Produces
    @Singleton
    NewRequestValidator newRequestValidator(KeyPolicy keyPolicy) {
        return new NewRequestValidator(keyPolicy);
    }
}
