package mx.idse.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** What an operations team relies on in the rendered deploy/kubernetes. */
class KubernetesManifestsTest {

    private static final Set<String> SERVICES = Set.of("request-service", "certificate-service",
            "cancellation-service", "notification-service");
    /** Variable names whose value must come from a Secret: a whole word of the name, e.g. _PASSWORD. */
    private static final Pattern SECRET_NAME = Pattern.compile(
            "(^|_)(PASSWORD|PASSWD|SECRET|TOKEN|KEY|PRIVATE|CREDENTIALS?|JAAS|PASSPHRASE)(_|$)");

    /** Health and metrics: the management interface, reached by the kubelet and Prometheus only. */
    private static final int MANAGEMENT_PORT = 9000;
    private static final Map<String, Integer> API_PORTS = Map.of("request-service", 8081, "certificate-service", 8082,
            "cancellation-service", 8083, "notification-service", 8084);

    private static List<JsonNode> documents;

    @BeforeAll
    static void render() throws Exception {
        documents = Kustomize.build();
    }

    @Test
    void everyServiceHasTwoReplicasProbesAndResources() {
        List<JsonNode> deployments = Kustomize.ofKind(documents, "Deployment");
        assertEquals(SERVICES, Set.copyOf(deployments.stream().map(d -> d.at("/metadata/name").asText()).toList()));
        for (JsonNode deployment : deployments) {
            String name = deployment.at("/metadata/name").asText();
            assertEquals(2, deployment.at("/spec/replicas").asInt(), name + " replicas");
            for (JsonNode container : deployment.at("/spec/template/spec/containers")) {
                assertEquals("/q/health/ready", container.at("/readinessProbe/httpGet/path").asText(), name + " readiness");
                assertEquals("/q/health/live", container.at("/livenessProbe/httpGet/path").asText(), name + " liveness");
                for (String probe : List.of("/readinessProbe", "/livenessProbe", "/startupProbe")) {
                    assertEquals(MANAGEMENT_PORT, container.at(probe + "/httpGet/port").asInt(), name + probe + " on the management port");
                }
                assertFalse(container.at("/startupProbe").isMissingNode(), name + " startup probe");
                for (String field : List.of("/requests/memory", "/requests/cpu", "/limits/memory", "/limits/cpu")) {
                    assertFalse(container.at("/resources" + field).asText().isEmpty(), name + " resources" + field);
                }
            }
        }
    }

    @Test
    void noSecretHasAnInlineValue() {
        List<JsonNode> secrets = Kustomize.ofKind(documents, "Secret");
        for (JsonNode secret : secrets) {
            String name = secret.at("/metadata/name").asText();
            assertTrue(secret.path("data").isEmpty(), "Secret " + name + " has inline data");
            assertTrue(secret.path("stringData").isEmpty(), "Secret " + name + " has inline stringData");
        }
    }

    @Test
    void secretLookingVariablesComeFromSecrets() {
        List<String> inline = new ArrayList<>();
        for (JsonNode workload : Kustomize.ofKind(documents, "Deployment")) {
            for (JsonNode container : workload.at("/spec/template/spec/containers")) {
                for (JsonNode env : container.path("env")) {
                    String variable = env.path("name").asText();
                    if (SECRET_NAME.matcher(variable).find() && env.has("value")) {
                        inline.add(workload.at("/metadata/name").asText() + ": " + variable);
                    }
                }
            }
        }
        for (JsonNode configMap : Kustomize.ofKind(documents, "ConfigMap")) {
            configMap.path("data").fieldNames().forEachRemaining(key -> {
                if (SECRET_NAME.matcher(key).find()) {
                    inline.add("ConfigMap " + configMap.at("/metadata/name").asText() + ": " + key);
                }
            });
        }
        assertEquals(List.of(), inline, "secret-looking settings written inline instead of read from a Secret");
    }

    @Test
    void everyPodRunsUnprivilegedOnAReadOnlyRootWithAWritableTmp() {
        for (JsonNode deployment : Kustomize.ofKind(documents, "Deployment")) {
            String name = deployment.at("/metadata/name").asText();
            JsonNode pod = deployment.at("/spec/template/spec");
            assertTrue(pod.at("/securityContext/runAsNonRoot").asBoolean(), name + " runAsNonRoot");
            assertEquals(185, pod.at("/securityContext/runAsUser").asInt(), name + " runs as the image's user 185");
            assertEquals(185, pod.at("/securityContext/fsGroup").asInt(), name + " fsGroup: mounted Secrets readable by the JVM");
            assertEquals("RuntimeDefault", pod.at("/securityContext/seccompProfile/type").asText(), name + " seccomp");
            for (JsonNode container : pod.path("containers")) {
                JsonNode security = container.path("securityContext");
                assertFalse(security.path("allowPrivilegeEscalation").asBoolean(true), name + " allowPrivilegeEscalation");
                assertTrue(security.path("readOnlyRootFilesystem").asBoolean(), name + " readOnlyRootFilesystem");
                assertEquals(List.of("ALL"), texts(security.at("/capabilities/drop")), name + " drops every capability");
                assertTrue(security.at("/capabilities/add").isMissingNode(), name + " adds no capability");
                String tmpVolume = mountedAt(container, "/tmp");
                assertFalse(tmpVolume.isEmpty(), name + " mounts a writable /tmp");
                assertFalse(volume(pod, tmpVolume).path("emptyDir").isMissingNode(), name + " /tmp is an emptyDir");
            }
            for (JsonNode volume : pod.path("volumes")) {
                if (volume.has("secret")) {
                    int mode = volume.at("/secret/defaultMode").asInt(0644);
                    assertEquals(0040, mode & 0040, name + " secret volume " + volume.path("name").asText()
                            + " must be group-readable (the JVM reads it through fsGroup), mode " + Integer.toOctalString(mode));
                    assertEquals(0, mode & 0007, name + " secret volume readable by others, mode " + Integer.toOctalString(mode));
                }
            }
        }
    }

    @Test
    void kafkaIsReachedOnlyOverTlsAndTheDeadLetterTopicOutlivesNoOriginal() {
        JsonNode kafka = Kustomize.ofKind(documents, "Kafka").get(0);
        for (JsonNode listener : kafka.at("/spec/kafka/listeners")) {
            assertTrue(listener.path("tls").asBoolean(), "listener " + listener.path("name").asText() + " without TLS");
            assertEquals("scram-sha-512", listener.at("/authentication/type").asText());
        }
        JsonNode config = Kustomize.ofKind(documents, "ConfigMap").stream()
                .filter(c -> c.at("/metadata/name").asText().startsWith("idse-config")).findFirst().orElseThrow();
        assertEquals("SASL_SSL", config.at("/data/KAFKA_SECURITY_PROTOCOL").asText());
        long shortest = Long.MAX_VALUE;
        long deadLetters = 0;
        for (JsonNode topic : Kustomize.ofKind(documents, "KafkaTopic")) {
            long retention = topic.at("/spec/config/retention.ms").asLong();
            if ("idse.dlq".equals(topic.at("/spec/topicName").asText())) {
                deadLetters = retention;
            } else {
                shortest = Math.min(shortest, retention);
            }
        }
        assertTrue(deadLetters > 0 && deadLetters <= shortest,
                "idse.dlq keeps " + deadLetters + " ms, longer than the shortest topic it receives from (" + shortest + " ms)");
    }

    @Test
    void everyServiceIsDeniedByDefaultAndAdmitsOnlyWhatItNeeds() {
        List<JsonNode> policies = Kustomize.ofKind(documents, "NetworkPolicy");
        JsonNode defaultDeny = policies.stream()
                .filter(p -> p.at("/spec/podSelector/matchLabels/app.kubernetes.io~1managed-by").asText().equals("quarkus"))
                .filter(p -> p.at("/spec/ingress").isMissingNode() && p.at("/spec/egress").isMissingNode())
                .findFirst().orElseThrow(() -> new AssertionError("no default-deny policy for the services' pods"));
        assertEquals(List.of("Ingress", "Egress"), texts(defaultDeny.at("/spec/policyTypes")));

        for (Map.Entry<String, Integer> service : API_PORTS.entrySet()) {
            for (JsonNode policy : policies) {
                if (!selects(policy, service.getKey())) {
                    continue;
                }
                for (JsonNode rule : policy.path("spec").path("ingress")) {
                    for (JsonNode port : rule.path("ports")) {
                        int number = port.path("port").asInt();
                        String from = rule.path("from").toString();
                        if (number == MANAGEMENT_PORT) {
                            assertTrue(from.contains("\"monitoring\"") && !from.contains("ingress-nginx"),
                                    service.getKey() + ": the management port only from monitoring, not " + from);
                        } else {
                            assertEquals(service.getValue(), number, service.getKey() + " admits only its API port");
                            assertFalse(from.contains("\"monitoring\""), service.getKey() + ": monitoring only on the management port");
                        }
                    }
                }
            }
        }
        // The credential check's port: the ingress controller (which does not route it) and its two callers.
        JsonNode certificate = policies.stream().filter(p -> p.at("/metadata/name").asText().equals("certificate-service"))
                .findFirst().orElseThrow();
        String peers = certificate.at("/spec/ingress/0/from").toString();
        for (String caller : List.of("ingress-nginx", "request-service", "cancellation-service")) {
            assertTrue(peers.contains("\"" + caller + "\""), "certificate-service admits " + caller);
        }
        assertEquals(3, certificate.at("/spec/ingress/0/from").size(), "and nobody else: " + peers);
    }

    /** Whether a policy's pod selector matches the service's pods (by name or by the shared label). */
    private static boolean selects(JsonNode policy, String service) {
        JsonNode labels = policy.at("/spec/podSelector/matchLabels");
        return service.equals(labels.path("app.kubernetes.io/name").asText())
                || "quarkus".equals(labels.path("app.kubernetes.io/managed-by").asText());
    }

    private static String mountedAt(JsonNode container, String path) {
        for (JsonNode mount : container.path("volumeMounts")) {
            if (path.equals(mount.path("mountPath").asText())) {
                return mount.path("name").asText();
            }
        }
        return "";
    }

    private static JsonNode volume(JsonNode pod, String name) {
        for (JsonNode volume : pod.path("volumes")) {
            if (name.equals(volume.path("name").asText())) {
                return volume;
            }
        }
        throw new AssertionError("no volume " + name);
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    @Test
    void credentialCheckIsNotRoutedAndRevocationIsPlainHttp() {
        List<JsonNode> ingresses = Kustomize.ofKind(documents, "Ingress");
        List<String> paths = new ArrayList<>();
        ingresses.forEach(i -> i.at("/spec/rules").forEach(r -> r.at("/http/paths").forEach(p -> paths.add(p.path("path").asText()))));
        assertTrue(paths.containsAll(List.of("/api/v1/solicitudes", "/certificacion", "/crl", "/ocsp")), paths::toString);
        assertTrue(paths.stream().noneMatch(p -> "/api/v1/autenticaciones".startsWith(p) || p.startsWith("/q")), paths::toString);
        JsonNode revocation = ingresses.stream().filter(i -> i.at("/spec/rules/0/http/paths/0/path").asText().equals("/crl"))
                .findFirst().orElseThrow();
        assertEquals("false", revocation.at("/metadata/annotations/nginx.ingress.kubernetes.io~1ssl-redirect").asText());
        assertTrue(revocation.at("/spec/tls").isMissingNode());
    }
}
