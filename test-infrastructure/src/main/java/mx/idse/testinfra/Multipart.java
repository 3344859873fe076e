package mx.idse.testinfra;

import static io.restassured.RestAssured.given;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.restassured.response.ValidatableResponse;

/**
 * A multipart/form-data body built byte for byte, as {@code curl -F 'llave=<archivo.key'} sends
 * it: parts without a filename (so the service keeps them in memory), binary ones typed
 * application/octet-stream. A null value leaves its part out, as a client that omits a field does.
 */
public final class Multipart {

    private final String boundary = "idse-" + UUID.randomUUID();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final Map<String, String> headers = new LinkedHashMap<>();

    /** A request header, e.g. a service token. */
    public Multipart header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Multipart text(String name, String value) {
        return part(name, "text/plain; charset=UTF-8", value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    public Multipart binary(String name, byte[] value) {
        return part(name, "application/octet-stream", value);
    }

    /** A field with no Content-Type, as {@code curl -F 'llave=<archivo.key'} sends a text file. */
    public Multipart plain(String name, byte[] value) {
        return part(name, null, value);
    }

    private Multipart part(String name, String contentType, byte[] value) {
        if (value == null) {
            return this;
        }
        write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n"
                + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n") + "\r\n");
        body.writeBytes(value);
        write("\r\n");
        return this;
    }

    public ValidatableResponse post(String path) {
        write("--" + boundary + "--\r\n");
        return given().headers(headers).contentType("multipart/form-data; boundary=" + boundary).body(body.toByteArray())
                .post(path).then().log().ifValidationFails();
    }

    private void write(String text) {
        body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
