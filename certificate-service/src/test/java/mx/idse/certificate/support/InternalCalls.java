package mx.idse.certificate.support;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import mx.idse.platform.internal.ServiceTokens;
import mx.idse.testinfra.Multipart;

/** Calls to the internal credential check as the other services make them: with their service token. */
public final class InternalCalls {

    /** The test profile's accepted token ({@code %test.idse.internal-api.accepted-tokens}). */
    public static final String TOKEN = "idse-test-internal-api-token-0123456789";

    private InternalCalls() {
    }

    public static RequestSpecification given() {
        return RestAssured.given().header(ServiceTokens.HEADER, TOKEN);
    }

    public static Multipart multipart() {
        return new Multipart().header(ServiceTokens.HEADER, TOKEN);
    }
}
