package mx.idse.certificate.issuance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.Security;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import mx.idse.pki.keys.BlockedKeys;
import mx.idse.pki.keys.KeyPolicy;
import mx.idse.pki.keys.SigningProvider;
import mx.idse.pki.testing.Csrs;

/** Step 1 for the key: the CSR is judged again, whatever request-service accepted. */
class CsrCheckTest {

    private static CsrCheck check(java.security.Provider provider) throws Exception {
        return new CsrCheck(new KeyPolicy(BlockedKeys.read(Path.of("src/test/resources/known-compromised-keys.txt"))),
                provider);
    }

    static Stream<Arguments> refusedCsrs() {
        return Stream.of(
                Arguments.of("RSA-1024", Csrs.rsa(1024), MotivoFalla.LLAVE_DEBIL),
                Arguments.of("known-compromised key", Csrs.withKnownCompromisedKey(), MotivoFalla.LLAVE_DEBIL),
                Arguments.of("signed by another key", Csrs.withForeignSignature(), MotivoFalla.FIRMA_CSR_INVALIDA),
                Arguments.of("SHA-1 signature", Csrs.rsaSignedWith("SHA1withRSA"), MotivoFalla.CSR_INVALIDA),
                Arguments.of("not PEM", "hola", MotivoFalla.CSR_INVALIDA),
                Arguments.of("missing", null, MotivoFalla.CSR_INVALIDA));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("refusedCsrs")
    void refusesWithAStableMotivoAndSpanishDetalle(String name, String csr, MotivoFalla motivo) throws Exception {
        IssuanceRefused refused = assertThrows(IssuanceRefused.class,
                () -> check(SigningProvider.fastest().provider()).publicKey(csr));
        assertEquals(motivo, refused.motivo());
        assertTrue(refused.detalle().matches(".*\\b(CSR|llave|firma|solicitud)\\b.*"), refused.detalle());
    }

    @Test
    void acceptsRsaAndEcKeysWithEitherProvider() throws Exception {
        for (java.security.Provider provider : new java.security.Provider[] {SigningProvider.fastest().provider(),
                Security.getProvider("SunRsaSign")}) {
            assertNotNull(check(provider).publicKey(Csrs.rsa(2048)));
            assertNotNull(check(provider).publicKey(Csrs.ecP256()), "EC verified even by an RSA-only provider");
        }
    }
}
