package mx.idse.certificate.ca;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.runtime.Startup;
import mx.idse.certificate.config.CaConfig;
import mx.idse.certificate.signer.CertificateSigner;
import mx.idse.pki.keys.SigningProvider;

/**
 * Opens the CA at start-up, so a missing or unreadable keystore stops the service before it
 * answers anything, and says which provider signs.
 */
@Singleton
public class CaSignerProducer {

    @Produces
    @Singleton
    @Startup
    SigningProvider signingProvider() {
        SigningProvider provider = SigningProvider.fastest();
        provider.logChoice();
        return provider;
    }

    @Produces
    @Singleton
    @Startup
    CertificateSigner certificateSigner(CaConfig config, SigningProvider provider, Clock clock) {
        return new CaKeystore(config, provider, clock).open();
    }
}
