package io.sparkop.web;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.qute.Engine;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kubernetes.client.WithKubernetesTestServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * Qute registers the dashboard's templates and not the operator SDK's scaffolding templates (cli/ in its jar),
 * which it would otherwise load at every start and warn about ("Unable to detect the content type").
 */
@QuarkusTest
@WithKubernetesTestServer
class TemplatesRegisteredTest {

    @Inject
    Engine engine;

    @Test
    void theDashboardsTemplatesAreThereAndTheSdksScaffoldingIsNot() {
        assertNotNull(engine.getTemplate("layout.html"));
        assertNull(engine.getTemplate("cli/api/reconciler.qute"));
        assertNull(engine.getTemplate("cli/api/reconciler"));
    }
}
