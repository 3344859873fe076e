package mx.idse.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class EntidadFederativaTest {

    @Test
    void hasThe32EntidadesKeyedOneToThirtyTwoInOrder() {
        assertEquals(
                IntStream.rangeClosed(1, 32).mapToObj(i -> String.format("%02d", i)).collect(Collectors.toList()),
                Arrays.stream(EntidadFederativa.values()).map(EntidadFederativa::clave).collect(Collectors.toList()));
    }

    @ParameterizedTest
    @EnumSource(EntidadFederativa.class)
    void parsesItsOwnKeyAndOfficialName(EntidadFederativa e) {
        assertEquals(Optional.of(e), EntidadFederativa.parse(e.clave()));
        assertEquals(Optional.of(e), EntidadFederativa.parse(e.nombre()));
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource({
        "09, CIUDAD_DE_MEXICO",
        "Ciudad de México, CIUDAD_DE_MEXICO",
        "ciudad de mexico, CIUDAD_DE_MEXICO",
        "'  CIUDAD   DE\tMÉXICO  ', CIUDAD_DE_MEXICO",
        "CDMX, CIUDAD_DE_MEXICO",
        "cdmx, CIUDAD_DE_MEXICO",
        "México, MEXICO",
        "Estado de México, MEXICO",
        "estado de mexico, MEXICO",
        "Nuevo Leon, NUEVO_LEON",
        "SAN LUIS POTOSI, SAN_LUIS_POTOSI",
        "Coahuila, COAHUILA",
        "coahuila de zaragoza, COAHUILA",
        "Michoacan, MICHOACAN",
        "Michoacán de Ocampo, MICHOACAN",
        "Veracruz, VERACRUZ",
        "veracruz de ignacio de la llave, VERACRUZ",
        "Yucatan, YUCATAN",
        "32, ZACATECAS",
    })
    void parsesKeysNamesAndCommonAliases(String input, EntidadFederativa expected) {
        assertEquals(Optional.of(expected), EntidadFederativa.parse(input));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "00", "33", "9", "DF", "Texas", "Baja", "MEXICO CITY"})
    void rejectsUnknownValues(String input) {
        assertEquals(Optional.empty(), EntidadFederativa.parse(input));
    }

    @Test
    void rejectsNull() {
        assertEquals(Optional.empty(), EntidadFederativa.parse(null));
    }

    @Test
    void curpCodesAreDistinct() {
        assertEquals(32, Arrays.stream(EntidadFederativa.values()).map(EntidadFederativa::codigoCurp).distinct().count());
    }
}
