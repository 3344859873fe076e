package mx.idse.pki.keys;

import java.security.Provider;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * One BouncyCastle provider instance passed explicitly to the builders. It is never registered
 * with {@code Security}, so JDK defaults stay unchanged (see PITFALLS, PKI). Every package of
 * {@code pki} uses this one instance.
 */
public final class BcProvider {

    public static final Provider INSTANCE = new BouncyCastleProvider();

    private BcProvider() {
    }
}
