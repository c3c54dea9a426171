package org.decompress.plan;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The plan API's tests against the packaged service (target/quarkus-app), as operators run it: plans,
 * check-ins and bad input. With {@code -Paot} on JDK 25 this run also trains Quarkus's AOT cache.
 */
@QuarkusIntegrationTest
class PlanResourceIT extends PlanResourceTest {
}
