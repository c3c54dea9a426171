package org.decompress.questionnaire;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class QuestionnaireResourceTest {

    @Test
    void describesEveryAnswerFieldWithTextHelpTypeAndOptions() {
        given().when().get("/api/questionnaire").then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("groups.id", contains("safety", "pain", "health", "bending", "at-hand"))
                .body("questions.id", contains("redFlags", "painLevel", "legSymptoms", "age", "conditions", "pregnancyWeeks",
                        "fallHurtOrRepeated", "heartConditionStable", "bloodPressureControlled", "doctorClearedExercise", "bendingForward",
                        "bendingBackward", "canGetOnFloor", "helperAvailable", "equipment", "sitsForLongPeriods", "maxExercises"))
                .body("questions.findAll { it.safety }.id", contains("redFlags", "legSymptoms", "conditions", "canGetOnFloor"))
                .body("questions.find { it.id == 'pregnancyWeeks' }.askedWhen[0].answer", equalTo("PREGNANCY"))
                .body("questions.find { it.id == 'age' }.min", equalTo(1))
                .body("questions.find { it.id == 'age' }.max", equalTo(120))
                .body("questions.find { it.id == 'redFlags' }.options.findAll { it.askedAtCheckIn }.value",
                        contains("SADDLE_NUMBNESS", "BLADDER_BOWEL_CHANGE", "SEXUAL_DYSFUNCTION", "BOTH_LEGS", "PROGRESSIVE_LEG_WEAKNESS",
                                "WALKING_DIFFICULTY"))
                .body("questions.text", everyItem(not(emptyOrNullString())))
                .body("questions.help", everyItem(not(emptyOrNullString())))
                .body("questions.find { it.id == 'painLevel' }.type", equalTo("INTEGER"))
                .body("questions.find { it.id == 'painLevel' }.required", equalTo(true))
                .body("questions.find { it.id == 'painLevel' }.min", equalTo(0))
                .body("questions.find { it.id == 'painLevel' }.max", equalTo(10))
                .body("questions.find { it.id == 'maxExercises' }.default", equalTo(3))
                .body("questions.find { it.id == 'canGetOnFloor' }.default", equalTo(true))
                .body("questions.find { it.id == 'redFlags' }.type", equalTo("MULTI_CHOICE"))
                .body("questions.find { it.id == 'redFlags' }.options", hasSize(16))
                .body("questions.find { it.id == 'conditions' }.options", hasSize(23))
                .body("questions.find { it.id == 'equipment' }.options", hasSize(11))
                .body("questions.find { it.id == 'bendingForward' }.options.value", contains("BETTER", "WORSE", "NO_CHANGE", "UNSURE"))
                .body("questions.find { it.id == 'conditions' }.options.label", everyItem(not(emptyOrNullString())));
    }
}
