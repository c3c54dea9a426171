package org.decompress.questionnaire;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The questionnaire's tests against the packaged service. */
@QuarkusIntegrationTest
class QuestionnaireResourceIT extends QuestionnaireResourceTest {
}
