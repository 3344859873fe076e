package mx.idse.certificate.ca;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.jboss.logging.Logger;

import mx.idse.certificate.config.CaConfig;
import mx.idse.certificate.signer.CertificateSigner;
import mx.idse.certificate.signer.KeystoreSigner;
import mx.idse.pki.keys.SigningProvider;

/**
 * Loads the issuing CA's key from the PKCS#12 keystore, or makes a new CA when this start may
 * (dev, test, init-ca). The service keystore holds only the issuing key with its chain
 * [issuing, root]; the root's key goes to {@code <name>-root-offline.p12} next to it, to be
 * moved offline, and is never read by the service.
 */
public final class CaKeystore {

    private static final Logger LOG = Logger.getLogger(CaKeystore.class);

    private final CaConfig config;
    private final SigningProvider provider;
    private final Clock clock;

    public CaKeystore(CaConfig config, SigningProvider provider, Clock clock) {
        this.config = config;
        this.provider = provider;
        this.clock = clock;
    }

    /** The signer over the configured keystore, made first if this start may and it is missing. */
    public CertificateSigner open() {
        Path keystore = config.keystorePath();
        if (CaStartup.decide(Files.exists(keystore), config.generateIfMissing(), keystore) == CaStartup.GENERATE) {
            generate(keystore);
        }
        CertificateSigner signer = load(keystore);
        LOG.infof("CA keystore %s: issuing CA '%s' SHA-256 %s; root '%s' SHA-256 %s", keystore,
                signer.issuingCertificate().getSubjectX500Principal(), fingerprint(signer.issuingCertificate()),
                signer.chain().get(1).getSubjectX500Principal(), fingerprint(signer.chain().get(1)));
        return signer;
    }

    /** Where the root's key is written, next to the service keystore. */
    public static Path rootOfflinePath(Path keystore) {
        String name = keystore.getFileName().toString().replaceFirst("\\.p12$", "");
        return keystore.resolveSibling(name + "-root-offline.p12");
    }

    /** SHA-256 of the certificate's DER as OpenSSL prints it ({@code AB:CD:...}). */
    public static String fingerprint(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").formatHex(digest).toUpperCase(Locale.ROOT);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private CertificateSigner load(Path keystore) {
        try {
            Pkcs12Files.KeyEntry entry = Pkcs12Files.read(keystore, config.issuingAlias(), password());
            if (entry.chain().size() < 2) {
                throw new IllegalStateException("The CA keystore " + keystore + " must hold the chain [issuing, root] "
                        + "under '" + config.issuingAlias() + "', not " + entry.chain().size() + " certificate(s)");
            }
            return new KeystoreSigner(entry.key(), entry.chain(), provider);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Could not open the CA keystore " + keystore
                    + " (is idse.ca.keystore-password right?): " + e.getMessage(), e);
        }
    }

    /**
     * Makes the CA and publishes its keystore atomically: two dev replicas racing both generate,
     * one hard link wins, and the other deletes its files and loads the winner's.
     */
    private void generate(Path keystore) {
        char[] rootPassword = rootPassword();
        // 1. Make the root and the issuing CA.
        LOG.infof("No CA keystore at %s: generating a new root (RSA %d) and issuing CA (RSA %d)", keystore,
                config.rootKeySize(), config.issuingKeySize());
        CaGenerator.GeneratedCa ca = new CaGenerator(provider).generate(new CaGenerator.Spec(
                config.rootSubject(), config.rootKeySize(), config.rootValidityYears(),
                config.issuingSubject(), config.issuingKeySize(), config.issuingValidityYears()), clock.instant());
        Path rootOffline = rootOfflinePath(keystore);
        Path keystoreTemp = null;
        Path rootTemp = null;
        try {
            // 2. Write both files under temporary names, readable by the owner only.
            Path directory = keystore.toAbsolutePath().getParent();
            Files.createDirectories(directory);
            keystoreTemp = writeTemp(directory, Pkcs12Files.encode(config.issuingAlias(), ca.issuingKeys().getPrivate(),
                    List.of(ca.issuing(), ca.root()), password(), config.keystoreKdfIterations()));
            rootTemp = writeTemp(directory, Pkcs12Files.encode("idse-raiz", ca.rootKeys().getPrivate(),
                    List.of(ca.root()), rootPassword, config.keystoreKdfIterations()));
            // 3. Publish the keystore: a hard link fails if another replica published first.
            Files.createLink(keystore, keystoreTemp);
            // 4. Only the winner writes the root's file.
            Files.move(rootTemp, rootOffline);
            LOG.warnf("New CA made. Move %s (the root's private key) offline: the service never needs it.", rootOffline);
        } catch (FileAlreadyExistsException e) {
            LOG.infof("Another process made the CA keystore %s first: loading it", keystore);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Could not write the CA keystore " + keystore + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(keystoreTemp);
            deleteQuietly(rootTemp);
        }
    }

    private static Path writeTemp(Path directory, byte[] content) throws IOException {
        Path temp = Files.createTempFile(directory, ".ca-", ".p12.tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.write(temp, content);
        return temp;
    }

    private static void deleteQuietly(Path path) {
        if (path == null) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete the temporary file " + path, e);
        }
    }

    private char[] password() {
        return config.keystorePassword().toCharArray();
    }

    /** The root's own password: present, and not the issuing keystore's (checked before any key is made). */
    private char[] rootPassword() {
        String root = config.rootKeystorePassword().filter(p -> !p.isBlank()).orElseThrow(() -> new IllegalStateException(
                "Making a CA needs idse.ca.root-keystore-password: the root's offline file gets its own password,"
                        + " never the issuing keystore's (which every replica holds)."));
        if (root.equals(config.keystorePassword())) {
            throw new IllegalStateException("idse.ca.root-keystore-password must differ from idse.ca.keystore-password:"
                    + " whoever holds the replicas' Secret must not be able to open the root's key.");
        }
        return root.toCharArray();
    }
}
