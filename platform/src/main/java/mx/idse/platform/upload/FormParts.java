package mx.idse.platform.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;

import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

/**
 * Reads the fields of a multipart upload (.key, .pfx, usuario, contraseña) as bytes or text.
 * Quarkus REST keeps a part without a filename in memory (up to
 * {@code quarkus.http.limits.max-form-attribute-size}); a part sent with a filename is spooled
 * to a temporary file and deleted at the end of the request, so clients are told to send none
 * ({@code curl -F 'llave=<archivo.key'}).
 */
public final class FormParts {

    private FormParts() {
    }

    /** The first part of that name as raw bytes (binary or text), or null when absent. */
    public static byte[] bytes(MultipartFormDataInput form, String name) {
        FormValue value = first(form, name);
        if (value == null) {
            return null;
        }
        if (!value.isFileItem()) {
            return value.getValue() == null ? null : value.getValue().getBytes(StandardCharsets.UTF_8);
        }
        try (InputStream in = value.getFileItem().getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded part " + name, e);
        }
    }

    /** The first part of that name as UTF-8 text, or null when absent. */
    public static String text(MultipartFormDataInput form, String name) {
        FormValue value = first(form, name);
        if (value == null) {
            return null;
        }
        if (!value.isFileItem()) {
            return value.getValue();
        }
        byte[] bytes = bytes(form, name);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static FormValue first(MultipartFormDataInput form, String name) {
        if (form == null) {
            return null;
        }
        Collection<FormValue> values = form.getValues().get(name);
        return values == null || values.isEmpty() ? null : values.iterator().next();
    }
}
