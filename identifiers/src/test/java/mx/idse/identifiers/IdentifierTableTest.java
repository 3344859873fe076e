package mx.idse.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import mx.idse.identifiers.testing.IdentifierCase;
import mx.idse.identifiers.testing.IdentifierCase.Kind;
import mx.idse.identifiers.testing.IdentifierCase.Outcome;

/**
 * Every row of the one table of identifier cases against its rule. The services' agreement tests
 * feed the same rows to their entry points (intake, additional requests, issuance, credential
 * check, cancellation) and expect the same outcome.
 */
class IdentifierTableTest {

    static Stream<IdentifierCase> cases() {
        return IdentifierCase.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachRuleGivesTheOutcomeOfTheTable(IdentifierCase row) {
        Optional<String> problem = problem(row);
        Outcome outcome = problem.isPresent() ? Outcome.INVALID
                : row.kind() == Kind.RFC && Rfc.checkDigitAdvertencia(row.value()).isPresent() ? Outcome.WARNING
                : Outcome.VALID;

        assertEquals(row.outcome(), outcome, () -> row + " -> " + problem.orElse("sin problema"));
        problem.ifPresent(message -> assertTrue(message.endsWith("."), message));
    }

    @Test
    void everyRuleHasValidAndInvalidRows() {
        for (Outcome outcome : new Outcome[] {Outcome.VALID, Outcome.INVALID}) {
            Set<Kind> kinds = cases().filter(row -> row.outcome() == outcome).map(IdentifierCase::kind)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Kind.class)));
            assertEquals(EnumSet.allOf(Kind.class), kinds, outcome + " rows");
        }
    }

    @Test
    void aCurpWithEnieIsRefusedSayingRenapoWritesX() {
        IdentifierCase enie = cases().filter(row -> row.kind() == Kind.CURP && row.value().contains("Ñ"))
                .findFirst().orElseThrow();

        String message = Curp.check(enie.value()).orElseThrow();

        assertTrue(message.contains("no lleva Ñ") && message.contains("RENAPO") && message.contains("X"), message);
        assertEquals(Optional.empty(), Curp.check(enie.value().replace('Ñ', 'X')), "the same CURP as RENAPO writes it");
    }

    @Test
    void anRfcMayHoldEnieAndAmpersand() {
        assertTrue(cases().anyMatch(row -> row.kind() == Kind.RFC && row.accepted() && row.value().contains("Ñ")));
        assertTrue(cases().anyMatch(row -> row.kind() == Kind.RFC && row.accepted() && row.value().contains("&")));
    }

    /** The check of the row's rule, on the value as a person would send it. */
    private static Optional<String> problem(IdentifierCase row) {
        String v = row.value();
        return switch (row.kind()) {
            case RFC -> Rfc.check(v);
            case CURP -> Curp.check(v);
            case REGISTRO_PATRONAL -> RegistroPatronal.check(v);
            case CODIGO_POSTAL -> CodigoPostal.check(v);
            case USUARIO -> Usuario.check(v);
            case CONTRASENA -> Contrasena.check(v, row.usuario());
            case NUMERO_SERIE -> NumeroSerie.check(v);
            case NPIE -> Npie.check(v);
            case FOLIO -> Folio.check(v);
        };
    }
}
