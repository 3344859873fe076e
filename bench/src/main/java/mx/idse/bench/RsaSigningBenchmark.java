package mx.idse.bench;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.SignatureException;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import mx.idse.pki.keys.SigningProvider;

/**
 * JMH micro benchmark of the CA's raw signature: RSA-2048 SHA256withRSA over a to-be-signed
 * certificate's worth of bytes, as {@code KeystoreSigner} does it (key translated once into the
 * provider's own type, one {@link Signature} per thread). Run by {@link SigningScenario}.
 */
public class RsaSigningBenchmark {

    static final String ALGORITHM = "SHA256withRSA";
    /** The service's choice ({@link SigningProvider#fastest()}: ACCP when it loads). */
    static final String SERVICE_PROVIDER = "service";
    /** The JDK's SunRsaSign, for comparison. */
    static final String JDK_PROVIDER = "jdk";
    /** About the size of an end-entity TBSCertificate of this CA (subject, extensions, an RSA-2048 key). */
    private static final int TBS_BYTES = 1100;

    /** One CA key shared by all threads, in the chosen provider's own key type. */
    @State(Scope.Benchmark)
    public static class CaKey {

        @Param({SERVICE_PROVIDER, JDK_PROVIDER})
        public String provider;

        Provider jcaProvider;
        PrivateKey key;
        byte[] tbs;

        @Setup(Level.Trial)
        public void makeKey() throws GeneralSecurityException {
            jcaProvider = provider(provider).provider();
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            key = (PrivateKey) KeyFactory.getInstance("RSA", jcaProvider).translateKey(generator.generateKeyPair().getPrivate());
            tbs = new byte[TBS_BYTES];
            new SecureRandom().nextBytes(tbs);
        }
    }

    /** Each thread signs with its own {@link Signature}, as each issuance thread takes its own ContentSigner. */
    @State(Scope.Thread)
    public static class ThreadSigner {

        Signature signature;

        @Setup(Level.Trial)
        public void open(CaKey ca) throws GeneralSecurityException {
            signature = Signature.getInstance(ALGORITHM, ca.jcaProvider);
            signature.initSign(ca.key);
        }
    }

    @Benchmark
    public byte[] sign(CaKey ca, ThreadSigner signer) throws SignatureException {
        signer.signature.update(ca.tbs);
        return signer.signature.sign();
    }

    /** {@code service} or {@code jdk} as a {@link SigningProvider}. */
    static SigningProvider provider(String name) {
        return SERVICE_PROVIDER.equals(name) ? SigningProvider.fastest()
                : SigningProvider.jdk("the JDK's provider, measured for comparison");
    }
}
