package mx.idse.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * deploy/kubernetes/services/ holds copies of what quarkus-kubernetes generates at package time, so
 * kustomize can read them without a build. A change to a service's "## Kubernetes" settings must be
 * copied there: this test fails until it is.
 */
class GeneratedManifestsTest {

    /** Lists whose order quarkus-kubernetes does not keep from one build to the next. */
    private static final Set<String> UNORDERED = Set.of("env", "envFrom", "ports");

    @ParameterizedTest
    @ValueSource(strings = {"request-service", "certificate-service", "cancellation-service", "notification-service"})
    void committedManifestEqualsFreshBuild(String service) throws Exception {
        Path generated = Kustomize.ROOT.resolve(service).resolve("target/kubernetes/kubernetes.yml");
        Path committed = Kustomize.DEPLOY.resolve("services").resolve(service + ".yml");
        assertTrue(Files.exists(generated), generated + " is missing: package " + service + " first (-am)");
        assertEquals(comparable(generated), comparable(committed),
                "deploy/kubernetes/services/" + service + ".yml differs from the build's; copy it: cp " + service
                        + "/target/kubernetes/kubernetes.yml deploy/kubernetes/services/" + service + ".yml");
    }

    /**
     * The documents with every {@code env}, {@code envFrom} and {@code ports} list sorted:
     * quarkus-kubernetes writes them in hash order, which changes between builds without changing
     * what the pod gets (the names do not collide). Mappings compare regardless of key order.
     */
    private static List<JsonNode> comparable(Path file) throws IOException {
        List<JsonNode> documents = Kustomize.documents(file);
        documents.forEach(GeneratedManifestsTest::sortEnvironment);
        return documents;
    }

    private static void sortEnvironment(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.properties().forEach(field -> {
                if (UNORDERED.contains(field.getKey()) && field.getValue() instanceof ArrayNode list) {
                    List<JsonNode> entries = new ArrayList<>();
                    list.forEach(entries::add);
                    entries.sort(Comparator.comparing(JsonNode::toString));
                    list.removeAll();
                    list.addAll(entries);
                }
                sortEnvironment(field.getValue());
            });
        } else if (node instanceof ArrayNode array) {
            array.forEach(GeneratedManifestsTest::sortEnvironment);
        }
    }
}
