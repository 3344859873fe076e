package mx.idse.certificate.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import mx.idse.pki.challenge.ChallengeSignatureVerifier;
import mx.idse.pki.keys.KeyPolicy;
import mx.idse.pki.pbe.EncryptedKeyReader;
import mx.idse.pki.pbe.KdfLimits;
import mx.idse.pki.pkcs12.PfxReader;
import mx.idse.pki.pkcs12.Pkcs12Builder;

/** The pki readers and writer of credentials, configured once from {@link CredentialCheckConfig}. */
@Singleton
public class CredentialReaders {

    @Produces
    @Singleton
    KdfLimits kdfLimits(CredentialCheckConfig config) {
        return new KdfLimits(config.maxKdfIterations(), config.maxScryptBytes());
    }

    @Produces
    @Singleton
    EncryptedKeyReader encryptedKeyReader(KdfLimits limits) {
        return new EncryptedKeyReader(limits);
    }

    @Produces
    @Singleton
    PfxReader pfxReader(KdfLimits limits, KeyPolicy keyPolicy) {
        return new PfxReader(limits, keyPolicy);
    }

    @Produces
    @Singleton
    ChallengeSignatureVerifier challengeSignatureVerifier(KeyPolicy keyPolicy) {
        return new ChallengeSignatureVerifier(keyPolicy);
    }

    @Produces
    @Singleton
    Pkcs12Builder pkcs12Builder(CredentialCheckConfig config) {
        return new Pkcs12Builder(config.pfxIterations());
    }
}
