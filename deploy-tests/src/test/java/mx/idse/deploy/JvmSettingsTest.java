package mx.idse.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A pod runs the image of the service's Dockerfile.jvm, and the manifest's JAVA_OPTS_APPEND
 * replaces the image's: both must give the JVM the same memory settings (docs/operations.md,
 * "Memory and start-up"), or Kubernetes would run a JVM that sizes itself differently.
 */
class JvmSettingsTest {

    private static final Pattern DOCKER_ENV = Pattern.compile("ENV JAVA_OPTS_APPEND=\"([^\"]*)\"");

    @ParameterizedTest
    @ValueSource(strings = {"request-service", "certificate-service", "cancellation-service", "notification-service"})
    void manifestAndDockerfileGiveTheSameJvmOptions(String service) throws Exception {
        String dockerfile = Files.readString(Kustomize.ROOT.resolve(service).resolve("src/main/docker/Dockerfile.jvm"));
        Matcher image = DOCKER_ENV.matcher(dockerfile);
        assertTrue(image.find(), service + "'s Dockerfile.jvm sets no JAVA_OPTS_APPEND");
        assertEquals(jvmFlags(image.group(1)), jvmFlags(manifestJavaOpts(Kustomize.DEPLOY.resolve("services").resolve(service + ".yml"))),
                service + ": JVM flags of the image and of the manifest differ");
    }

    /** Only -X flags: the image also sets -D properties the manifest's settings cover otherwise. */
    private static Set<String> jvmFlags(String options) {
        return Arrays.stream(options.trim().split("\\s+")).filter(option -> option.startsWith("-X"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String manifestJavaOpts(Path manifest) throws Exception {
        for (JsonNode document : Kustomize.documents(manifest)) {
            for (JsonNode container : document.path("spec").path("template").path("spec").path("containers")) {
                for (JsonNode env : container.path("env")) {
                    if (env.path("name").asText().equals("JAVA_OPTS_APPEND")) {
                        return env.path("value").asText();
                    }
                }
            }
        }
        throw new AssertionError(manifest + " sets no JAVA_OPTS_APPEND");
    }
}
