package mx.idse.certificate.authentication;

import java.util.Base64;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

import mx.idse.platform.upload.FormParts;
import mx.idse.platform.time.MexicoCity;

/**
 * The credential check other services call (internal only: not exposed outside the cluster, and
 * every call must carry an accepted service token, {@link InternalApi}).
 * Two modes on one route, told apart by Content-Type: multipart with the .pfx, or JSON with a
 * signed challenge. Multipart fields are read as {@link FormParts} says: send them without a filename.
 */
@Path("/api/v1/autenticaciones")
@Produces(MediaType.APPLICATION_JSON)
@InternalApi
public class AuthenticationResource {

    private final PfxAuthentication withPfx;
    private final ChallengeAuthentication withChallenge;
    private final LoginChallenges challenges;

    AuthenticationResource(PfxAuthentication withPfx, ChallengeAuthentication withChallenge, LoginChallenges challenges) {
        this.withPfx = withPfx;
        this.withChallenge = withChallenge;
        this.challenges = challenges;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Autenticación con el .pfx, usuario y contraseña")
    public AuthenticationResponse withPfx(MultipartFormDataInput form) {
        return withPfx.authenticate(FormParts.bytes(form, "certificado"), FormParts.text(form, "usuario"),
                FormParts.text(form, "contrasena"));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Autenticación con un reto firmado (la llave se queda con el cliente), usuario y contraseña")
    public AuthenticationResponse withSignedChallenge(SignedChallengeBody body) {
        return withChallenge.authenticate(body);
    }

    @POST
    @Path("retos")
    @Operation(summary = "Un reto de un solo uso para firmar con la llave del certificado (vale 2 minutos)")
    public ChallengeResponse challenge() {
        LoginChallenges.Issued issued = challenges.issue();
        return new ChallengeResponse(Base64.getEncoder().encodeToString(issued.challenge()), MexicoCity.format(issued.expiresAt()));
    }
}
