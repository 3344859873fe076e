package mx.idse.testinfra;

import java.net.URL;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * Requests to a service's management interface (health, metrics), which listens on a port of its
 * own. In a {@code @QuarkusTest}: {@code @TestHTTPResource(value = "/", management = true) URL management;}
 * then {@code ManagementPort.given(management).get("/q/metrics")}.
 */
public final class ManagementPort {

    private ManagementPort() {
    }

    public static RequestSpecification given(URL management) {
        return RestAssured.given().baseUri(management.getProtocol() + "://" + management.getHost()).port(management.getPort());
    }
}
