package org.decompress.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
}
