package mx.idse.platform.operador;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.runtime.LaunchMode;

class VerificationKeyCheckTest {

    @ParameterizedTest(name = "jwt {0}, {1}, key {2} -> refuse {3}")
    @CsvSource({
            // a packaged run (prod or any other profile) needs a key
            "true,  NORMAL,      false, true",
            "true,  NORMAL,      true,  false",
            // dev and test mode have a generated or test key
            "true,  DEVELOPMENT, false, false",
            "true,  TEST,        false, false",
            // services without operator endpoints need none
            "false, NORMAL,      false, false" })
    void refusesToStartOnlyWhenAPackagedRunVerifiesTokensWithoutAKey(boolean jwtActive, LaunchMode mode,
            boolean keyConfigured, boolean refused) {
        assertEquals(refused, VerificationKeyCheck.problem(jwtActive, mode, keyConfigured).isPresent());
    }

    @Test
    void theMessageNamesTheSettingsToSet() {
        String message = VerificationKeyCheck.problem(true, LaunchMode.NORMAL, false).orElseThrow();
        assertTrue(message.contains("mp.jwt.verify.publickey.location"), message);
        assertTrue(message.contains("or mp.jwt.verify.publickey."), message);
    }
}
