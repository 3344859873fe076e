package mx.idse.platform.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ServiceTokensTest {

    private static final String OLD = "token-anterior-0123456789abcdefghij";
    private static final String NEW = "token-nuevo-0123456789abcdefghijklmn";

    @Test
    void acceptsEveryConfiguredTokenDuringARotationAndNothingElse() {
        ServiceTokens tokens = new ServiceTokens(List.of(OLD, NEW));

        assertTrue(tokens.accepts(OLD));
        assertTrue(tokens.accepts(NEW));
        assertFalse(tokens.accepts(null));
        assertFalse(tokens.accepts(""));
        assertFalse(tokens.accepts(NEW.substring(0, NEW.length() - 1)));
        assertFalse(tokens.accepts(NEW + "x"));
    }

    @Test
    void refusesToStartWithoutATokenOrWithAShortOne() {
        assertThrows(IllegalStateException.class, () -> new ServiceTokens(List.of()));
        assertThrows(IllegalStateException.class, () -> new ServiceTokens(List.of(NEW, "corto")));
    }
}
