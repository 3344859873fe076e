package mx.idse.platform.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import mx.idse.platform.problem.ApiProblem;
import mx.idse.platform.problem.ProblemCode;
import mx.idse.platform.testing.CredentialCheckAnswer;
import mx.idse.platform.testing.FakeCredentialCheck;
import mx.idse.platform.testing.FakeCredentialCheckResource;

/** The client against the services' stand-in for certificate-service, over real HTTP. */
class CredentialCheckClientOverHttpTest {

    private static final TitularAutenticado HOLDER = new TitularAutenticado("482915730046128", "NP100000011",
            "CFE370814QI0", "PRINCIPAL");
    private static final byte[] PFX = {0x30, (byte) 0x82, 0x0a, 0x0d, 0x00, (byte) 0xff};

    private static URI url;
    private static FakeCredentialCheck fake;

    @BeforeAll
    static void startTheStandIn() {
        url = URI.create(new FakeCredentialCheckResource().start().get("idse.certificate-service.url"));
        fake = FakeCredentialCheck.running();
    }

    @AfterAll
    static void stopTheStandIn() {
        FakeCredentialCheck.stop();
    }

    @Test
    void aProgrammedPfxAuthenticatesWithAnyCaseOfItsUsuarioAndNothingElseDoes() {
        fake.acceptPfx(PFX, "usuario01", "Secreto2026", HOLDER);
        int before = fake.calls();

        assertEquals(HOLDER, client().withPfx(PFX, "USUARIO01", "Secreto2026"));
        assertEquals(ProblemCode.CREDENCIALES_INVALIDAS, refusal(() -> client().withPfx(PFX, "usuario01", "Otra2026")));
        assertEquals(ProblemCode.CREDENCIALES_INVALIDAS,
                refusal(() -> client().withPfx(new byte[] {1}, "usuario01", "Secreto2026")));

        assertEquals(before + 3, fake.calls());
        assertEquals(new FakeCredentialCheck.Call("pfx", "USUARIO01", null), fake.received().get(before));
    }

    @Test
    void aProgrammedSignedChallengeAuthenticates() {
        fake.acceptChallenge("482915730046128", "usuario02", "Secreto2026", "firma-1", HOLDER);

        assertEquals(HOLDER, client().withSignedChallenge(
                new SignedChallenge("482915730046128", "usuario02", "Secreto2026", "firma-1")));
        assertEquals(ProblemCode.CREDENCIALES_INVALIDAS, refusal(() -> client().withSignedChallenge(
                new SignedChallenge("482915730046128", "usuario02", "Secreto2026", "firma-2"))));
    }

    @Test
    void throttlingAndSaturationKeepTheirCodeAndRetryAfter() {
        fake.answerPfx(PFX, "usuario03", "Secreto2026", CredentialCheckAnswer.tooManyAttempts(120));
        fake.answerPfx(PFX, "usuario04", "Secreto2026", CredentialCheckAnswer.saturated());

        ApiProblem locked = assertThrows(ApiProblem.class, () -> client().withPfx(PFX, "usuario03", "Secreto2026"));
        assertEquals(ProblemCode.DEMASIADOS_INTENTOS, locked.code());
        assertEquals("120", locked.headers().get("Retry-After"));
        assertEquals(ProblemCode.SERVICIO_SATURADO, refusal(() -> client().withPfx(PFX, "usuario04", "Secreto2026")));
    }

    @Test
    void anUnavailableSlowOrStoppedCertificateServiceIs503() {
        fake.answerPfx(PFX, "usuario05", "Secreto2026", CredentialCheckAnswer.unavailable());
        fake.answerPfx(PFX, "usuario06", "Secreto2026", CredentialCheckAnswer.holder(HOLDER).after(Duration.ofSeconds(2)));
        fake.acceptPfx(PFX, "usuario07", "Secreto2026", HOLDER);
        CredentialCheckClient impatient = new CredentialCheckClient(url, Duration.ofMillis(300), FakeCredentialCheck.SERVICE_TOKEN);

        assertEquals(ProblemCode.SERVICIO_NO_DISPONIBLE, refusal(() -> client().withPfx(PFX, "usuario05", "Secreto2026")));
        assertEquals(ProblemCode.SERVICIO_NO_DISPONIBLE, refusal(() -> impatient.withPfx(PFX, "usuario06", "Secreto2026")));
        FakeCredentialCheck.stop();
        try {
            assertEquals(ProblemCode.SERVICIO_NO_DISPONIBLE, refusal(() -> client().withPfx(PFX, "usuario05", "Secreto2026")));
        } finally {
            fake = FakeCredentialCheck.running();
        }
        assertEquals(HOLDER, client().withPfx(PFX, "usuario07", "Secreto2026"), "programmed answers outlive a restart");
    }

    private static CredentialCheckClient client() {
        return new CredentialCheckClient(url, Duration.ofSeconds(5), FakeCredentialCheck.SERVICE_TOKEN);
    }

    private static ProblemCode refusal(Runnable call) {
        return assertThrows(ApiProblem.class, call::run).code();
    }
}
