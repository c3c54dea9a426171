package org.decompress.catalog;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The exercise catalog's tests against the packaged service. */
@QuarkusIntegrationTest
class ExerciseResourceIT extends ExerciseResourceTest {
}
