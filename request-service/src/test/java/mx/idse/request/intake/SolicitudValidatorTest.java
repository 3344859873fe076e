package mx.idse.request.intake;

import static mx.idse.request.support.Solicitudes.personaFisica;
import static mx.idse.request.support.Solicitudes.personaMoral;
import static mx.idse.request.support.Solicitudes.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import mx.idse.pki.keys.BlockedKeys;
import mx.idse.pki.keys.KeyPolicy;
import mx.idse.pki.testing.Csrs;
import mx.idse.platform.problem.ApiProblem;
import mx.idse.platform.problem.FieldError;
import mx.idse.request.solicitud.Advertencia;
import mx.idse.events.payload.TipoPersona;

/** The intake rules, field by field, against the validator itself (no server: milliseconds per row). */
class SolicitudValidatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final SolicitudValidator validator;

    SolicitudValidatorTest() throws IOException {
        validator = new SolicitudValidator(
                new KeyPolicy(BlockedKeys.read(Path.of("src/test/resources/known-compromised-keys.txt"))));
    }

    static Stream<Arguments> badFields() {
        String name65 = "Ñ".repeat(65);
        return Stream.of(
                bad("generic rfc", b -> set(b, "patron.rfc", "XAXX010101000"), "patron.rfc"),
                bad("rfc of a persona fisica for a moral", b -> set(b, "patron.rfc", "XIII860122DT8"), "patron.rfc"),
                bad("rfc with impossible date", b -> set(b, "patron.rfc", "CFE371314QI0"), "patron.rfc"),
                bad("rfc of the wrong shape", b -> set(b, "patron.rfc", "CF3370814QI0"), "patron.rfc"),
                bad("unknown tipoPersona", b -> set(b, "patron.tipoPersona", "EMPRESA"), "patron.tipoPersona"),
                bad("missing nombre", b -> set(b, "patron.nombre", "  "), "patron.nombre"),
                bad("registro patronal too short", b -> set(b, "patron.registroPatronal", "Y54-12345-10"),
                        "patron.registroPatronal"),
                bad("registro patronal with letters in the number", b -> set(b, "patron.registroPatronal", "Y5412A45108"),
                        "patron.registroPatronal"),
                bad("curp with wrong check digit (stays strict)", b -> set(b, "representanteLegal.curp",
                        "SABC560626MDFLRN02"), "representanteLegal.curp"),
                bad("curp too short", b -> set(b, "representanteLegal.curp", "SABC560626"), "representanteLegal.curp"),
                bad("moral without representative", b -> set(b, "representanteLegal", null), "representanteLegal"),
                bad("codigo postal of four digits", b -> set(b, "domicilioFiscal.codigoPostal", "6600"),
                        "domicilioFiscal.codigoPostal"),
                bad("codigo postal with letters", b -> set(b, "domicilioFiscal.codigoPostal", "06A00"),
                        "domicilioFiscal.codigoPostal"),
                bad("unknown entidad", b -> set(b, "domicilioFiscal.entidadFederativa", "Texas"),
                        "domicilioFiscal.entidadFederativa"),
                bad("entidad key out of range", b -> set(b, "domicilioFiscal.entidadFederativa", "33"),
                        "domicilioFiscal.entidadFederativa"),
                bad("missing calle", b -> set(b, "domicilioFiscal.calle", null), "domicilioFiscal.calle"),
                bad("missing domicilio", b -> set(b, "domicilioFiscal", null), "domicilioFiscal"),
                bad("email without domain", b -> set(b, "correo", "patron@"), "correo"),
                bad("missing email", b -> set(b, "correo", null), "correo"),
                bad("usuario too short", b -> set(b, "usuario", "abc12"), "usuario"),
                bad("usuario with symbols", b -> set(b, "usuario", "usuario_01"), "usuario"),
                bad("password too long", b -> set(b, "contrasena", "a".repeat(21)), "contrasena"),
                bad("password with spaces", b -> set(b, "contrasena", "clave secreta1"), "contrasena"),
                bad("password equal to usuario", b -> set(b, "contrasena", b.get("usuario")), "contrasena"),
                bad("csr that is not PEM", b -> set(b, "csr", "hola"), "csr"),
                bad("csr with an RSA-1024 key", b -> set(b, "csr", Csrs.rsa(1024)), "csr"),
                bad("csr with a known-compromised key", b -> set(b, "csr", Csrs.withKnownCompromisedKey()), "csr"),
                bad("csr with an RSA-4608 key", b -> set(b, "csr", Csrs.rsa(4608)), "csr"),
                bad("csr signed with SHA-1", b -> set(b, "csr", Csrs.rsaSignedWith("SHA1withRSA")), "csr"),
                bad("csr signed with MD5", b -> set(b, "csr", Csrs.rsaSignedWith("MD5withRSA")), "csr"),
                bad("name with NUL", b -> set(b, "patron.nombre", "ACME\u0000SA"), "patron.nombre"),
                bad("name with a right-to-left override", b -> set(b, "patron.nombre", "ACME \u202EAS"), "patron.nombre"),
                bad("name with a zero-width space", b -> set(b, "patron.nombre", "AC\u200BME"), "patron.nombre"),
                bad("name with a byte order mark inside", b -> set(b, "patron.nombre", "AC\uFEFFME"), "patron.nombre"),
                bad("representative with a zero-width joiner", b -> set(b, "representanteLegal.nombre",
                        "Beatriz\u200D Sánchez"), "representanteLegal.nombre"),
                bad("calle with a right-to-left override", b -> set(b, "domicilioFiscal.calle", "Reforma \u202E461"),
                        "domicilioFiscal.calle"),
                bad("colonia with a tab inside", b -> set(b, "domicilioFiscal.colonia", "Juárez\tNorte"),
                        "domicilioFiscal.colonia"),
                bad("municipio with a soft hyphen", b -> set(b, "domicilioFiscal.municipio", "Cuauh\u00ADtémoc"),
                        "domicilioFiscal.municipio"),
                bad("razón social over 64 (O)", b -> set(b, "patron.nombre", name65), "patron.nombre"),
                bad("representative over 64 (CN)", b -> set(b, "representanteLegal.nombre", name65),
                        "representanteLegal.nombre"),
                bad("persona física over 64 (CN and O)", b -> set(personaFisica(), "patron.nombre", name65),
                        "patron.nombre"));
    }

    private static Arguments bad(String name, UnaryOperator<Map<String, Object>> mutation, String field) {
        return Arguments.of(name, mutation, field);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFields")
    void refusesABadFieldByNameWithAMessage(String name, UnaryOperator<Map<String, Object>> mutation, String field) {
        ApiProblem problem = assertThrows(ApiProblem.class, () -> validator.validate(body(mutation.apply(personaMoral()))));

        assertEquals(400, problem.status());
        assertTrue(fields(problem).contains(field), () -> name + ": " + problem.errors());
        assertTrue(problem.errors().stream().noneMatch(e -> e.mensaje() == null || e.mensaje().isBlank()));
    }

    @Test
    void anRfcWhoseOnlyFaultIsItsCheckDigitIsAcceptedWithAWarning() {
        SolicitudValidada request = validator.validate(body(set(personaMoral(), "patron.rfc", "CFE370814QI1")));

        assertEquals("CFE370814QI1", request.patron().rfc(), "stored as given: the operator checks it in person");
        assertEquals(1, request.advertencias().size());
        Advertencia advertencia = request.advertencias().get(0);
        assertEquals("patron.rfc", advertencia.campo());
        assertEquals("RFC_DIGITO_VERIFICADOR", advertencia.codigo());
        assertTrue(advertencia.mensaje().contains("Tarjeta de Identificación Patronal"));
    }

    @Test
    void aValidRfcHasNoWarning() {
        assertEquals(List.of(), validator.validate(body(personaMoral())).advertencias());
    }

    @Test
    void theTourBadInputExampleIsStillA400ForItsOtherFieldsButNotForTheRfc() {
        Map<String, Object> tour = set(set(personaMoral(), "patron.rfc", "CFE370814QI1"), "correo", "no-es-correo");

        ApiProblem problem = assertThrows(ApiProblem.class, () -> validator.validate(body(tour)));

        assertEquals(List.of("correo"), fields(problem));
    }

    @Test
    void theReadmeTourBadInputIsStillA400ThatNoLongerListsTheRfc() throws Exception {
        SolicitudBody tour = JSON.readValue(
                "{\"patron\":{\"tipoPersona\":\"MORAL\",\"rfc\":\"CFE370814QI1\"},\"correo\":\"no-es-correo\"}",
                SolicitudBody.class);

        List<String> fields = fields(assertThrows(ApiProblem.class, () -> validator.validate(tour)));

        assertTrue(fields.containsAll(List.of("patron.nombre", "patron.registroPatronal", "representanteLegal",
                "domicilioFiscal", "correo", "usuario", "contrasena")), fields.toString());
        assertFalse(fields.contains("patron.rfc"), fields.toString());
    }

    @Test
    void namesOfExactly64CharactersFitTheCertificate() {
        Map<String, Object> body = set(personaMoral(), "patron.nombre", "Ñ".repeat(64));
        set(body, "representanteLegal.nombre", "\uD835\uDC00".repeat(64));

        SolicitudValidada request = validator.validate(body(body));

        assertEquals("Ñ".repeat(64), request.patron().nombre());
    }

    @Test
    void returnsExactlyTheValuesItChecked() {
        Map<String, Object> body = personaMoral();
        set(body, "patron.nombre", "  Compan\u0303i\u0301a   Minera\u00A0del Norte ");
        set(body, "representanteLegal.nombre", "Beatriz  Sa\u0301nchez");
        set(body, "representanteLegal.curp", " sabc560626mdflrn01 ");
        set(body, "patron.rfc", " cfe370814qi0 ");
        set(body, "correo", " Patron@Example.MX ");

        SolicitudValidada request = validator.validate(body(body));

        assertEquals("Compañía Minera del Norte", request.patron().nombre(), "NFC, spaces collapsed");
        assertEquals("Beatriz Sánchez", request.representanteLegal().nombre());
        assertEquals("SABC560626MDFLRN01", request.representanteLegal().curp());
        assertEquals("CFE370814QI0", request.patron().rfc());
        assertEquals("Patron@example.mx", request.correo(), "the domain is case-insensitive, the local part is not");
    }

    @Test
    void normalisesWhatPeopleTypeDifferently() {
        Map<String, Object> body = personaMoral();
        set(body, "patron.tipoPersona", "moral");
        set(body, "patron.registroPatronal", "y54-12345-10-8");
        set(body, "domicilioFiscal.entidadFederativa", "  veracruz de ignacio de la llave ");
        set(body, "domicilioFiscal.numeroInterior", "");

        SolicitudValidada request = validator.validate(body(body));

        assertEquals(TipoPersona.MORAL, request.patron().tipoPersona());
        assertEquals("Y5412345108", request.patron().registroPatronal());
        assertEquals("30", request.domicilioFiscal().entidadFederativa());
        assertNull(request.domicilioFiscal().numeroInterior());
        assertNull(request.csr(), "no CSR: the service generates the key");
    }

    @Test
    void aPersonaFisicaMayComeWithoutRepresentativeButGivesItsOwnCurp() {
        SolicitudValidada request = validator.validate(body(personaFisica()));

        assertNull(request.representanteLegal());
        assertEquals("UHQB840811HDFWXY02", request.patron().curp(), "the holder's CURP for the certificate");
        assertEquals(List.of("patron.curp"), fields(assertThrows(ApiProblem.class,
                () -> validator.validate(body(set(personaFisica(), "patron.curp", null))))));
        assertEquals(List.of("patron.curp"), fields(assertThrows(ApiProblem.class,
                () -> validator.validate(body(set(personaFisica(), "patron.curp", "UHQB840811HDFWXY03"))))));
    }

    @Test
    void reportsTheRfcOfTheWrongKindOfPerson() {
        ApiProblem problem = assertThrows(ApiProblem.class,
                () -> validator.validate(body(set(personaFisica(), "patron.rfc", "CFE370814QI0"))));

        assertEquals(List.of("patron.rfc"), fields(problem));
    }

    @Test
    void rejectsPasswordEqualToUsernameIgnoringCase() {
        Map<String, Object> body = personaFisica();
        set(body, "contrasena", body.get("usuario").toString().toUpperCase());

        assertEquals(List.of("contrasena"), fields(assertThrows(ApiProblem.class, () -> validator.validate(body(body)))));
    }

    @Test
    void namesAKnownCompromisedKeyAsTheReason() {
        ApiProblem problem = assertThrows(ApiProblem.class,
                () -> validator.validate(body(set(personaMoral(), "csr", Csrs.withKnownCompromisedKey()))));

        assertTrue(problem.errors().get(0).mensaje().contains("comprometidas"), problem.errors().toString());
    }

    @Test
    void aMissingBodyIsABadRequest() {
        ApiProblem problem = assertThrows(ApiProblem.class, () -> validator.validate(null));

        assertEquals(400, problem.status());
    }

    @Test
    void anAcceptedCsrIsKept() {
        assertFalse(validator.validate(body(set(personaMoral(), "csr", Csrs.ecP256()))).csr() == null);
    }

    private static SolicitudBody body(Map<String, Object> json) {
        return JSON.convertValue(json, SolicitudBody.class);
    }

    private static List<String> fields(ApiProblem problem) {
        return problem.errors().stream().map(FieldError::campo).toList();
    }
}
