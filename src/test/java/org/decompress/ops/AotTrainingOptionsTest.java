package org.decompress.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * An AOT cache only fits the JVM options it was trained with: the integration tests that train Quarkus's cache
 * (the pom's aot profile) must run with the options the service ships with (the manifest's JAVA_OPTS_APPEND).
 */
class AotTrainingOptionsTest {

    @Test
    void theAotProfileTrainsWithTheShippedJvmOptions() throws IOException {
        String shipped = firstGroup("(?m)^quarkus\\.kubernetes\\.env\\.vars\\.JAVA_OPTS_APPEND=(.+)$",
                Files.readString(Path.of("src/main/resources/application.properties"))).strip();
        String pom = Files.readString(Path.of("pom.xml"));
        String profile = firstGroup("(?s)<id>aot</id>(.*?)</profile>", pom);
        String training = firstGroup("<quarkus\\.test\\.arg-line>(.*?)</quarkus\\.test\\.arg-line>", profile);

        assertThat(training).as("the aot profile's quarkus.test.arg-line").startsWith(shipped + " ");
    }

    private static String firstGroup(String regex, String text) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as(regex).isTrue();
        return matcher.group(1);
    }
}
