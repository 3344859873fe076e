package mx.idse.pki.credentials;

import java.io.IOException;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import mx.idse.pki.keys.BlockedKeys;
import mx.idse.pki.keys.KeyGenerator;
import mx.idse.pki.keys.KeyPolicy;

/** The plain-Java crypto rules as CDI beans, configured once from {@code idse.crypto.*}. */
@Singleton
public class CryptoBeans {

    @Produces
    @Singleton
    PasswordHasher passwordHasher(CryptoConfig config) {
        return new PasswordHasher(config.argon2MemoryKib(), config.argon2Iterations(), config.argon2Parallelism());
    }

    @Produces
    @Singleton
    KeyGenerator keyGenerator(CryptoConfig config) {
        return new KeyGenerator(config.privateKeyPbkdf2Iterations());
    }

    @Produces
    @Singleton
    KeyPolicy keyPolicy(CryptoConfig config) throws IOException {
        return config.blockedKeysFile().isEmpty() ? KeyPolicy.withDefaults()
                : new KeyPolicy(BlockedKeys.read(config.blockedKeysFile().get()));
    }
}
