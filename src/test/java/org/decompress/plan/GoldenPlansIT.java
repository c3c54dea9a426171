package org.decompress.plan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The packaged service (target/quarkus-app) answers golden answer sets over HTTP with the fixture's
 * plans and problems, byte for byte: what GoldenPlansTest checks in process, here on the artifact
 * operators run. A spread of the fixture, so that the run (which trains Quarkus's AOT cache with
 * {@code -Paot} on JDK 25) decides plans of every kind: plans, referrals and refusals.
 */
@QuarkusIntegrationTest
class GoldenPlansIT {

    static final int SAMPLE = 400;

    @Test
    void aSpreadOfTheGoldenAnswerSetsGivesTheFixturesPlansOverHttp() throws Exception {
        List<String[]> cases = GoldenPlans.cases();
        List<String> differences = new ArrayList<>();
        int step = Math.max(1, cases.size() / SAMPLE);
        int asked = 0;
        for (int i = 0; i < cases.size(); i += step) {
            String answered = given().contentType(ContentType.JSON).body(cases.get(i)[0]).post("/api/plans").then().extract().asString();
            asked++;
            if (!answered.equals(cases.get(i)[1])) {
                differences.add("case " + i + ": answers " + cases.get(i)[0] + "\n  fixture " + cases.get(i)[1] + "\n  served  " + answered);
            }
        }
        assertThat(asked).isGreaterThanOrEqualTo(SAMPLE);
        assertThat(differences).as("%d of %d served plans differ from the fixture", differences.size(), asked).isEmpty();
    }
}
