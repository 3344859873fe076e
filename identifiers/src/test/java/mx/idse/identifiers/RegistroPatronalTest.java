package mx.idse.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegistroPatronalTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "Y5412345106, Y5412345106",
        "Y54-12345-10-6, Y5412345106",
        "000-12345-67-8, 00012345678",
        "A12-12345-67-8, A1212345678",
        "a12-12345-67-8, A1212345678",
        "' A1212345678 ', A1212345678",
    })
    void normalizesWithOrWithoutDashes(String input, String expected) {
        assertEquals(expected, RegistroPatronal.normalize(input));
        assertEquals(Optional.empty(), RegistroPatronal.check(input));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {
        "", "Y541234510", "Y54123451066", "Y54-1234-510-6", "Y54-12345-106", "Y54A2345106",
        "Y54_12345_10_6", "Ñ5412345106", "Y54 12345 10 6"})
    void rejectsWrongShape(String input) {
        assertTrue(RegistroPatronal.check(input).isPresent());
    }

    @Test
    void rejectsNull() {
        assertEquals(null, RegistroPatronal.normalize(null));
        assertTrue(RegistroPatronal.check(null).isPresent());
    }

    @Test
    void leavesDashesOutsideThePrintedShapeForTheCheckToRefuse() {
        assertEquals("Y54-1234-510-6", RegistroPatronal.normalize(" y54-1234-510-6"));
    }
}
