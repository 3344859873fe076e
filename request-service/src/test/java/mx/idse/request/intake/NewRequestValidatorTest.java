package mx.idse.request.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import mx.idse.request.solicitud.TipoPersona;
import mx.idse.pki.keys.KeyPolicy;
import mx.idse.platform.problem.ApiProblem;
import mx.idse.platform.problem.FieldError;

class NewRequestValidatorTest {

    private final NewRequestValidator validator = new NewRequestValidator(KeyPolicy.withDefaults());

    private static NewRequestBody body(String tipo, String rfc, NewRequestBody.RepresentanteBody representante,
            String entidad, String correo, String usuario, String contrasena) {
        String curp = "FISICA".equals(tipo) ? "UHQB840811HDFWXY02" : null;
        return new NewRequestBody(new NewRequestBody.PatronBody(tipo, rfc, "  Comisión   Federal ", "y54-12345-10-8", curp),
                representante,
                new NewRequestBody.DomicilioBody("Reforma", "164", "", "Juárez", "06600", "Cuauhtémoc", entidad),
                correo, usuario, contrasena, null);
    }

    @Test
    void normalisesWhatPeopleTypeDifferently() {
        ValidatedRequest request = validator.validate(body("moral", " cfe370814qi0 ",
                new NewRequestBody.RepresentanteBody("Beatriz Sánchez", "sabc560626mdflrn01"), "  veracruz de ignacio de la llave ",
                "Patron@Example.MX", "usuario2026", "Secreto2026x"));

        assertEquals(TipoPersona.MORAL, request.patron().tipoPersona());
        assertEquals("CFE370814QI0", request.patron().rfc());
        assertEquals("Comisión Federal", request.patron().nombre());
        assertEquals("Y5412345108", request.patron().registroPatronal());
        assertEquals("SABC560626MDFLRN01", request.representanteLegal().curp());
        assertEquals("30", request.domicilioFiscal().entidadFederativa());
        assertNull(request.domicilioFiscal().numeroInterior());
        assertEquals("Patron@example.mx", request.correo(), "the domain is case-insensitive, the local part is not");
        assertNull(request.csr(), "no CSR: the service generates the key");
    }

    @Test
    void aPersonaFisicaMayComeWithoutRepresentative() {
        ValidatedRequest request = validator.validate(body("FISICA", "XIII860122DT8", null, "09",
                "p@example.mx", "usuario2026", "Secreto2026x"));

        assertNull(request.representanteLegal());
        assertEquals("UHQB840811HDFWXY02", request.patron().curp(), "the holder's CURP for the certificate");
    }

    @Test
    void reportsTheRfcOfTheWrongKindOfPerson() {
        ApiProblem problem = assertThrows(ApiProblem.class, () -> validator.validate(body("FISICA", "CFE370814QI0",
                null, "09", "p@example.mx", "usuario2026", "Secreto2026x")));

        assertEquals(List.of("patron.rfc"), problem.errors().stream().map(FieldError::campo).toList());
    }

    @Test
    void rejectsPasswordEqualToUsernameIgnoringCase() {
        ApiProblem problem = assertThrows(ApiProblem.class, () -> validator.validate(body("FISICA", "XIII860122DT8",
                null, "09", "p@example.mx", "usuario2026", "USUARIO2026")));

        assertEquals(List.of("contrasena"), problem.errors().stream().map(FieldError::campo).toList());
    }

    @Test
    void aMissingBodyIsABadRequest() {
        ApiProblem problem = assertThrows(ApiProblem.class, () -> validator.validate(null));

        assertEquals(400, problem.status());
    }
}
