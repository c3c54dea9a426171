package org.decompress.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExerciseResourceTest {

    @Test
    void theCatalogHasTheFifteenContractIdsInTheSourcesOrder() {
        given().when().get("/api/exercises").then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("$", hasSize(15))
                .body("id", contains("lumbar-rolls-pelvic-tilts", "knees-to-chest", "childs-pose", "camel-pose",
                        "chair-flexion", "side-decompression", "posture-reset", "manual-traction", "ball-decompression",
                        "armrest-hang", "chair-hover", "bar-hang", "sacrum-block-stretch", "decompression-devices",
                        "gokhale-sitting"))
                .body("name", everyItem(not(emptyOrNullString())))
                .body("traits", everyItem(hasKey("loadsArms")))
                .body("traits", everyItem(hasKey("movements")));
    }

    @Test
    void oneExerciseByIdWithItsVariantsAndTraits() {
        given().when().get("/api/exercises/knees-to-chest").then()
                .statusCode(200)
                .body("id", equalTo("knees-to-chest"))
                .body("dose.holdSeconds", equalTo(30))
                .body("variants.id", contains("one-leg"))
                .body("variants[0].traits.intensity", equalTo("GENTLE"))
                .body("variants[0].traits.onFloor", equalTo(true))
                .body("traits.movements", contains("FLEXION"));
        given().when().get("/api/exercises/decompression-devices").then()
                .statusCode(200)
                .body("variants.id", contains("anti-gravity-boots", "mechanical-traction", "inversion-table", "lumbar-belt"))
                .body("offeredWithoutVariant", equalTo(false));
        given().when().get("/api/exercises/side-decompression").then()
                .statusCode(200)
                .body("variants.id", contains("supported"))
                .body("variants[0].traits.needsBalance", equalTo(false))
                .body("traits.needsBalance", equalTo(true));
    }

    @Test
    void anUnknownIdIsA404ProblemNamingIt() {
        given().when().get("/api/exercises/handstand").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", containsString("handstand"));
    }
}
