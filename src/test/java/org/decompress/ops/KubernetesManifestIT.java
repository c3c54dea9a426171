package org.decompress.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code ./mvnw package} writes the Kubernetes manifests: probes, replicas, resources, autoscaler. */
class KubernetesManifestIT {

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
        assertThat(dockerfile).contains("FROM eclipse-temurin:25").contains("-XX:AOTCacheOutput=").contains("-XX:AOTCache=");
    }
}
