package org.decompress.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code ./mvnw package} writes the Kubernetes manifests: probes, replicas, resources, autoscaler, and a
 * pod that lets no one further than it must.
 */
class KubernetesManifestIT {

    /** The image's user (Dockerfile.jvm: {@code USER 185}). */
    private static final int IMAGE_USER = 185;

    @Test
    void thePackagedBuildWritesManifestsWithProbesReplicasResourcesAndAnAutoscaler() throws Exception {
        String yaml = Files.readString(Path.of("target", "kubernetes", "kubernetes.yml"));

        assertThat(yaml).contains("kind: Deployment").contains("kind: Service").contains("kind: HorizontalPodAutoscaler");
        assertThat(yaml).contains("readinessProbe:").contains("path: /q/health/ready")
                .contains("livenessProbe:").contains("path: /q/health/live");
        assertThat(yaml).contains("replicas: 2").contains("minReplicas: 2");
        assertThat(yaml).contains("requests:").contains("limits:").contains("memory: 384Mi");
    }

    /** The image's AOT cache is trained with the image's JVM options; the manifest must start it with the same. */
    @Test
    void theImageTrainsItsCacheWithTheOptionsTheManifestRunsItWith() throws Exception {
        String yaml = Files.readString(Path.of("target", "kubernetes", "kubernetes.yml"));
        String dockerfile = Files.readString(Path.of("src", "main", "docker", "Dockerfile.jvm"));
        Matcher manifest = Pattern.compile("name: JAVA_OPTS_APPEND\\s+value: \"?([^\"\\n]+)\"?").matcher(yaml);
        Matcher image = Pattern.compile("JAVA_OPTS_APPEND=\"([^\"]+)\"").matcher(dockerfile);
        assertThat(manifest.find()).as("JAVA_OPTS_APPEND in the manifest").isTrue();
        assertThat(image.find()).as("JAVA_OPTS_APPEND in the Dockerfile").isTrue();
        assertThat(image.group(1)).isEqualTo(manifest.group(1).strip());
        // Two malloc arenas keep the pod's RSS down (BENCHMARKS.md, stop 35): the pod, the image and bin/serve alike.
        assertThat(yaml).containsPattern("name: MALLOC_ARENA_MAX\\s+value: \"2\"");
        assertThat(dockerfile).contains("MALLOC_ARENA_MAX=2");
        assertThat(Files.readString(Path.of("bin", "serve"))).contains("export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}");
        assertThat(dockerfile).contains("FROM eclipse-temurin:25").contains("-XX:AOTCacheOutput=").contains("-XX:AOTCache=");
    }

    @Test
    void thePodRunsAsTheImagesUserOnAReadOnlyRootWithNoPrivilegesAndTheDefaultSeccompProfile() throws Exception {
        JsonNode pod = one(manifests(), "Deployment").at("/spec/template/spec");
        JsonNode container = container(pod);
        JsonNode security = container.get("securityContext");

        assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).as("pod runAsNonRoot").isTrue();
        assertThat(pod.at("/securityContext/runAsUser").asInt()).as("pod runAsUser").isEqualTo(IMAGE_USER);
        assertThat(security.at("/runAsNonRoot").asBoolean()).as("container runAsNonRoot").isTrue();
        assertThat(security.at("/readOnlyRootFilesystem").asBoolean()).as("readOnlyRootFilesystem").isTrue();
        assertThat(security.at("/allowPrivilegeEscalation").isBoolean()).as("allowPrivilegeEscalation set").isTrue();
        assertThat(security.at("/allowPrivilegeEscalation").asBoolean()).as("allowPrivilegeEscalation").isFalse();
        assertThat(texts(security.at("/capabilities/drop"))).as("capabilities dropped").containsExactly("ALL");
        assertThat(security.at("/capabilities/add").isMissingNode()).as("no capability added").isTrue();
        assertThat(security.at("/seccompProfile/type").asText()).isEqualTo("RuntimeDefault");
        assertThat(security.at("/privileged").asBoolean(false)).as("privileged").isFalse();
    }

    /** On a read-only root the JVM still writes to /tmp (perf data, Vert.x's file cache, Netty's native libraries). */
    @Test
    void theOnlyWritablePlaceIsAnEmptyDirAtTmp() throws Exception {
        JsonNode pod = one(manifests(), "Deployment").at("/spec/template/spec");
        List<JsonNode> mounts = new ArrayList<>();
        container(pod).path("volumeMounts").forEach(mounts::add);
        assertThat(mounts).hasSize(1);
        JsonNode tmp = mounts.get(0);
        assertThat(tmp.get("mountPath").asText()).isEqualTo("/tmp");
        assertThat(tmp.path("readOnly").asBoolean(false)).isFalse();
        JsonNode volume = null;
        for (JsonNode v : pod.path("volumes")) {
            if (v.get("name").asText().equals(tmp.get("name").asText())) {
                volume = v;
            }
        }
        assertThat(volume).as("volume " + tmp.get("name")).isNotNull();
        assertThat(volume.has("emptyDir")).as("an emptyDir, not a volume that outlives the pod").isTrue();
    }

    @Test
    void aDisruptionBudgetKeepsOneReplicaServingDuringADrain() throws Exception {
        List<JsonNode> manifests = manifests();
        JsonNode budget = one(manifests, "PodDisruptionBudget");
        assertThat(budget.get("apiVersion").asText()).isEqualTo("policy/v1");
        assertThat(budget.at("/spec/minAvailable").asInt()).isEqualTo(1);
        assertThat(budget.at("/spec/selector/matchLabels")).isEqualTo(podLabels(manifests));
    }

    @Test
    void aNetworkPolicyAdmitsTrafficOnlyToTheHttpPort() throws Exception {
        List<JsonNode> manifests = manifests();
        JsonNode policy = one(manifests, "NetworkPolicy");
        JsonNode container = container(one(manifests, "Deployment").at("/spec/template/spec"));
        int httpPort = -1;
        for (JsonNode port : container.path("ports")) {
            if (port.get("name").asText().equals("http")) {
                httpPort = port.get("containerPort").asInt();
            }
        }
        assertThat(httpPort).as("the container's http port").isPositive();
        assertThat(policy.at("/spec/podSelector/matchLabels")).isEqualTo(podLabels(manifests));
        assertThat(texts(policy.at("/spec/policyTypes"))).contains("Ingress");
        JsonNode rules = policy.at("/spec/ingress");
        assertThat(rules.size()).as("ingress rules").isEqualTo(1);
        JsonNode ports = rules.get(0).get("ports");
        assertThat(ports).as("a rule without ports would admit every port").isNotNull();
        assertThat(ports.size()).isEqualTo(1);
        assertThat(ports.get(0).get("port").asInt()).isEqualTo(httpPort);
        assertThat(ports.get(0).get("protocol").asText()).isEqualTo("TCP");
    }

    private static List<JsonNode> manifests() throws Exception {
        List<JsonNode> all = new ArrayList<>();
        try (MappingIterator<JsonNode> documents = new YAMLMapper().readerFor(JsonNode.class)
                .readValues(Path.of("target", "kubernetes", "kubernetes.yml").toFile())) {
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                if (document != null && document.has("kind")) {
                    all.add(document);
                }
            }
        }
        return all;
    }

    private static JsonNode one(List<JsonNode> manifests, String kind) {
        List<JsonNode> found = manifests.stream().filter(m -> m.get("kind").asText().equals(kind)).toList();
        assertThat(found).as("manifests of kind " + kind).hasSize(1);
        return found.get(0);
    }

    private static JsonNode container(JsonNode pod) {
        assertThat(pod.path("containers").size()).as("containers").isEqualTo(1);
        return pod.get("containers").get(0);
    }

    /** The labels the Deployment's pods carry and select on: the budget and the policy must select the same pods. */
    private static JsonNode podLabels(List<JsonNode> manifests) {
        JsonNode deployment = one(manifests, "Deployment");
        JsonNode selected = deployment.at("/spec/selector/matchLabels");
        JsonNode labels = deployment.at("/spec/template/metadata/labels");
        JsonNode name = selected.get("app.kubernetes.io/name");
        assertThat(labels.get("app.kubernetes.io/name")).isEqualTo(name);
        return new YAMLMapper().createObjectNode().set("app.kubernetes.io/name", name);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }
}
