package mx.idse.testinfra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Signs operator JWTs (RS256) with one RSA-2048 key pair, the way the identity provider of the
 * Subdelegaciones would. Services verify them with {@code mp.jwt.verify.publickey.location}
 * pointing at the PEM that {@link #writePublicKeyPem(Path)} writes.
 */
public final class OperadorTokenIssuer {

    static final String PRIVATE_KEY_FILE = "private-key.pem";
    static final String PUBLIC_KEY_FILE = "public-key.pem";

    private final KeyPair keyPair;

    private OperadorTokenIssuer(KeyPair keyPair) {
        this.keyPair = keyPair;
    }

    /** A new issuer with a freshly generated RSA-2048 key pair. */
    public static OperadorTokenIssuer generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return new OperadorTokenIssuer(generator.generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is not available", e);
        }
    }

    /**
     * Reuses the key pair stored in {@code directory} (private-key.pem, public-key.pem), or makes
     * and stores one; the local run uses it so its token survives restarts.
     */
    public static OperadorTokenIssuer loadOrCreate(Path directory) {
        Path privateFile = directory.resolve(PRIVATE_KEY_FILE);
        Path publicFile = directory.resolve(PUBLIC_KEY_FILE);
        try {
            if (Files.exists(privateFile) && Files.exists(publicFile)) {
                KeyFactory rsa = KeyFactory.getInstance("RSA");
                PrivateKey privateKey = rsa.generatePrivate(new PKCS8EncodedKeySpec(readPem(privateFile)));
                PublicKey publicKey = rsa.generatePublic(new X509EncodedKeySpec(readPem(publicFile)));
                return new OperadorTokenIssuer(new KeyPair(publicKey, privateKey));
            }
            OperadorTokenIssuer issuer = generate();
            Files.createDirectories(directory);
            Files.writeString(privateFile, pem("PRIVATE KEY", issuer.keyPair.getPrivate().getEncoded()));
            issuer.writePublicKeyPem(publicFile);
            return issuer;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or write the JWT keys in " + directory, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Unreadable JWT keys in " + directory + "; delete them to get new ones", e);
        }
    }

    /** Writes the public key as a PEM "PUBLIC KEY" (X.509 SubjectPublicKeyInfo) and returns the file. */
    public Path writePublicKeyPem(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, pem("PUBLIC KEY", keyPair.getPublic().getEncoded()));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the JWT public key to " + file, e);
        }
    }

    /** The verification key. */
    public PublicKey publicKey() {
        return keyPair.getPublic();
    }

    /**
     * Signs a token with iss, aud, sub, upn (= sub), groups, the {@code subdelegacion} claim, iat
     * and exp. A null audience or subdelegación leaves that claim out (tests of refusals).
     */
    public String sign(String subject, String issuer, String audience, Set<String> groups, String subdelegacion,
            Instant issuedAt, Instant expiresAt) {
        JwtClaimsBuilder claims = Jwt.issuer(issuer)
                .subject(subject)
                .upn(subject)
                .groups(groups)
                .issuedAt(issuedAt)
                .expiresAt(expiresAt);
        if (audience != null) {
            claims.audience(audience);
        }
        if (subdelegacion != null) {
            claims.claim("subdelegacion", subdelegacion);
        }
        return claims.jws().sign(keyPair.getPrivate());
    }

    static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static byte[] readPem(Path file) throws IOException {
        String base64 = Files.readString(file)
                .replaceAll("-----(BEGIN|END) [A-Z ]+-----", "")
                .replaceAll("\\s", "");
        return Base64.getDecoder().decode(base64);
    }
}
