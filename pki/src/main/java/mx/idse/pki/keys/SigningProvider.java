package mx.idse.pki.keys;

import java.security.Provider;
import java.security.Security;
import java.util.Optional;

import org.jboss.logging.Logger;

import com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider;

/**
 * The fastest JCA provider present for the CA's RSA signatures: Amazon Corretto Crypto Provider
 * (native AWS-LC, about 4 to 6 times the JDK 17 provider on RSA-2048) when its native library
 * loads, else the JDK's SunRsaSign. The provider object is passed to each builder and never
 * registered with {@link Security}, so JDK defaults stay unchanged. A missing ACCP never stops
 * the service. certificate-service signs with it and the benchmark measures it, so both make the
 * same choice.
 *
 * @param provider  the provider to sign and verify with
 * @param fallbackReason why ACCP is not used, when it is not
 */
public record SigningProvider(Provider provider, Optional<String> fallbackReason) {

    private static final Logger LOG = Logger.getLogger(SigningProvider.class);
    static final String JDK_RSA_PROVIDER = "SunRsaSign";

    /** ACCP if it loaded on this machine, else the JDK's provider. */
    public static SigningProvider fastest() {
        try {
            AmazonCorrettoCryptoProvider accp = AmazonCorrettoCryptoProvider.INSTANCE;
            return choose(accp, accp.getLoadingError());
        } catch (LinkageError e) {
            // The ACCP jar (or its platform classifier) is not on the classpath at all.
            return jdk("ACCP is not on the classpath: " + e);
        }
    }

    /** The decision, apart from loading ACCP, so a test can make ACCP fail. */
    static SigningProvider choose(Provider accp, Throwable accpLoadingError) {
        if (accpLoadingError == null) {
            return new SigningProvider(accp, Optional.empty());
        }
        return jdk("ACCP did not load: " + accpLoadingError);
    }

    /** The JDK's provider, for comparison or when ACCP must not be used; {@code reason} says why. */
    public static SigningProvider jdk(String reason) {
        return new SigningProvider(Security.getProvider(JDK_RSA_PROVIDER), Optional.of(reason));
    }

    public String name() {
        return provider.getName();
    }

    /** Logs which provider signs, and why it is the JDK's when it is. */
    public void logChoice() {
        fallbackReason.ifPresentOrElse(
                reason -> LOG.warnf("CA signatures use the JDK provider %s (slower): %s", name(), reason),
                () -> LOG.infof("CA signatures use %s %s (native)", name(), provider.getVersionStr()));
    }
}
