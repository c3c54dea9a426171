package org.decompress.web;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The pages' tests against the packaged service: the questionnaire and plan pages in both languages,
 * with check-ins, the offline page, the manifest, figures and the service worker.
 */
@QuarkusIntegrationTest
class LanguagePagesIT extends LanguagePagesTest {
}
