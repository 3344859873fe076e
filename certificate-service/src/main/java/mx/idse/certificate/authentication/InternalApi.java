package mx.idse.certificate.authentication;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.ws.rs.NameBinding;

import mx.idse.platform.internal.ServiceTokens;

/**
 * Marks a resource that only the system's own services may call (the credential check):
 * {@link InternalApiFilter} refuses a request without one of the accepted service tokens in the
 * {@link ServiceTokens#HEADER} header, before the resource reads the body.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
public @interface InternalApi {
}
