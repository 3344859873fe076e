package mx.idse.certificate.authentication;

import java.util.List;

import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import mx.idse.platform.internal.ServiceTokens;
import mx.idse.platform.problem.ApiProblem;
import mx.idse.platform.problem.ProblemCode;

/**
 * Refuses a call to an {@link InternalApi} resource that does not carry an accepted service token:
 * 401 problem+json, the same answer whatever was wrong, before the body is read. The tokens come
 * from a Secret in production ({@code idse.internal-api.accepted-tokens}, no default:
 * certificate-service does not start without one).
 */
@Provider
@InternalApi
@Singleton
public class InternalApiFilter implements ContainerRequestFilter {

    private final ServiceTokens tokens;

    InternalApiFilter(@ConfigProperty(name = "idse.internal-api.accepted-tokens") List<String> tokens) {
        this.tokens = new ServiceTokens(tokens);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!tokens.accepts(request.getHeaderString(ServiceTokens.HEADER))) {
            throw new ApiProblem(ProblemCode.NO_AUTENTICADO, "Esta ruta es interna: solo la llaman los servicios del"
                    + " sistema con su token de servicio.");
        }
    }
}
