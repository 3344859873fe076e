package mx.idse.request.intake;

import static mx.idse.request.support.Solicitudes.personaFisica;
import static mx.idse.request.support.Solicitudes.personaMoral;
import static mx.idse.request.support.Solicitudes.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import mx.idse.pki.keys.KeyPolicy;
import mx.idse.pki.subject.SubjectText;
import mx.idse.platform.problem.ApiProblem;
import mx.idse.identifiers.Curp;
import mx.idse.identifiers.Rfc;

/**
 * Random strings in rfc, curp and the names: the validator either refuses with a 400 or returns
 * a value that passes the rules again; never another exception. A fixed seed keeps it
 * reproducible; the alphabet mixes valid characters with the ones that break parsers.
 */
class SolicitudValidatorFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ALPHABET = "ABCDEFGHIJKLMNÑOPQRSTUVWXYZ&abcñz0123456789 -.\u0303\u0301\u00A0\t\n\u0000"
            + "\u007F\u00AD\u200B\u200D\u202E\uFEFFßİı\uD835\uDC00";
    private static final int RUNS = 3000;

    private final SolicitudValidator validator = new SolicitudValidator(KeyPolicy.withDefaults());
    private final Random random = new Random(20261130L);

    @Test
    void randomRfcsAreRefusedWith400OrAcceptedValid() {
        fuzz("patron.rfc", 10, 15, personaMoral(), request -> {
            assertEquals(request.patron().rfc(), Rfc.normalize(request.patron().rfc()), "stored normalised");
            assertTrue(Rfc.check(request.patron().rfc(), true).isEmpty(), request.patron().rfc());
            assertEquals(!Rfc.checkDigitMatches(request.patron().rfc()), !request.advertencias().isEmpty());
        });
    }

    @Test
    void randomCurpsAreRefusedWith400OrAcceptedValid() {
        fuzz("patron.curp", 16, 20, personaFisica(), request ->
                assertTrue(Curp.check(request.patron().curp()).isEmpty()
                        && request.patron().curp().equals(Curp.normalize(request.patron().curp())), request.patron().curp()));
    }

    @Test
    void randomNamesAreRefusedWith400OrAcceptedAsCertificateText() {
        fuzz("representanteLegal.nombre", 0, 80, personaMoral(), request -> {
            String nombre = request.representanteLegal().nombre();
            assertTrue(SubjectText.check(nombre, SubjectText.COMMON_NAME_MAX).isEmpty(), nombre);
            assertTrue(Normalizer.isNormalized(nombre, Normalizer.Form.NFC) && nombre.equals(SubjectText.normalize(nombre)));
        });
    }

    private void fuzz(String field, int minLength, int maxLength, Map<String, Object> template,
            Consumer<SolicitudValidada> acceptedIsValid) {
        for (int run = 0; run < RUNS; run++) {
            String value = randomString(minLength + random.nextInt(maxLength - minLength + 1));
            SolicitudBody body = JSON.convertValue(set(template, field, value), SolicitudBody.class);
            SolicitudValidada request;
            try {
                request = validator.validate(body);
            } catch (ApiProblem problem) {
                assertEquals(400, problem.status(), () -> field + "=" + escape(value));
                continue;
            }
            try {
                acceptedIsValid.accept(request);
            } catch (AssertionError e) {
                throw new AssertionError(field + "=" + escape(value) + " accepted: " + e.getMessage(), e);
            }
        }
    }

    private String randomString(int length) {
        StringBuilder text = new StringBuilder();
        int[] codePoints = ALPHABET.codePoints().toArray();
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
        }
        return text.toString();
    }

    private static String escape(String value) {
        StringBuilder out = new StringBuilder();
        value.codePoints().forEach(c -> out.append(c < 0x20 || c > 0x7e ? String.format("\\u{%04X}", c) : (char) c));
        return out.toString();
    }
}
