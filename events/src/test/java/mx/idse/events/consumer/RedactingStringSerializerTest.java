package mx.idse.events.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RedactingStringSerializerTest {

    private final RedactingStringSerializer serializer = new RedactingStringSerializer();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            hash in a JSON field       | {"passwordHash":"$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA","folio":"F1"} | {"passwordHash":"[redactado]","folio":"F1"}
            hash in broken JSON        | {"passwordHash":"$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA               | {"passwordHash":"[redactado]
            argon2i and argon2d        | a $argon2i$v=19$x b $argon2d$v=19$y                                          | a [redactado] b [redactado]
            nothing to redact          | {"folio":"F1","correo":"a@b.mx"}                                             | {"folio":"F1","correo":"a@b.mx"}
            """)
    void replacesEveryArgon2HashAndKeepsTheRest(String name, String record, String expected) {
        assertEquals(expected, new String(serializer.serialize("idse.dlq", record), StandardCharsets.UTF_8));
    }

    @Test
    void aNullValueStaysNull() {
        assertNull(serializer.serialize("idse.dlq", null));
    }
}
