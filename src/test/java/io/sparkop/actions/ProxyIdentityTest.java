package io.sparkop.actions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.fabric8.kubernetes.api.model.authorization.v1.SubjectAccessReviewBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.kubernetes.client.KubernetesServer;
import io.quarkus.test.kubernetes.client.KubernetesTestServer;
import io.quarkus.test.kubernetes.client.WithKubernetesTestServer;
import io.sparkop.api.SparkApplication;
import io.sparkop.testing.Manifests;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Proxy mode on the mock API server: a SubjectAccessReview before the call, and the call impersonating the
 * proxy's user and groups. (The mock server enforces no RBAC: only the requests are checked here.)
 */
@QuarkusTest
@WithKubernetesTestServer
@TestProfile(ProxyIdentityTest.ProxyMode.class)
class ProxyIdentityTest {

    public static class ProxyMode implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sparkop.dashboard.actions.enabled", "true", "sparkop.dashboard.actions.identity", "proxy");
        }
    }

    static final String NS = "proxied";
    static final String SAR_PATH = "/apis/authorization.k8s.io/v1/subjectaccessreviews";

    @Inject
    KubernetesClient client;
    @KubernetesTestServer
    KubernetesServer server;

    @Test
    void theProxysUserIsReviewedThenImpersonated() throws Exception {
        SparkApplication app = Manifests.read(Path.of("examples/spark-pi.yaml"), SparkApplication.class);
        app.getMetadata().setNamespace(NS);
        app.getSpec().setSparkConf(new HashMap<>());
        client.resource(app).create();

        given().post("/api/v1/namespaces/" + NS + "/applications/spark-pi/suspend").then().statusCode(401)
                .body("error", containsString("X-Forwarded-User"));
        // a bearer token means nothing in proxy mode
        given().auth().oauth2("a-token").post("/api/v1/namespaces/" + NS + "/applications/spark-pi/suspend")
                .then().statusCode(401);

        // The proxy's headers reach the dashboard with every request a browser makes: a forged form carries them
        // too, so the session's CSRF token is needed, as on the dashboard's own forms.
        given().header("X-Forwarded-User", "mallory").post("/api/v1/namespaces/" + NS + "/applications/spark-pi/suspend")
                .then().statusCode(403).body("error", containsString("CSRF"));
        var session = given().header("X-Forwarded-User", "mallory").get("/session");
        session.then().body(containsString("you act as <strong>mallory</strong>"));
        String cookie = session.getCookie(Sessions.COOKIE);
        var csrf = java.util.regex.Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(session.asString());
        org.junit.jupiter.api.Assertions.assertTrue(csrf.find(), session.asString());
        String token = csrf.group(1);

        // Kubernetes says no: nothing is called.
        server.expect().post().withPath(SAR_PATH).andReturn(201, new SubjectAccessReviewBuilder()
                .withNewStatus().withAllowed(false).withReason("no RoleBinding").endStatus().build()).once();
        given().header("X-Forwarded-User", "mallory").cookie(Sessions.COOKIE, cookie).header(Callers.CSRF_HEADER, token)
                .post("/api/v1/namespaces/" + NS + "/applications/spark-pi/suspend")
                .then().statusCode(403).body("error", containsString("user \"mallory\" cannot patch sparkapplications in namespace \"proxied\": no RoleBinding"));
        assertNull(client.resources(SparkApplication.class).inNamespace(NS).withName("spark-pi").get().getSpec()
                .getSuspend());

        server.expect().post().withPath(SAR_PATH).andReturn(201, new SubjectAccessReviewBuilder()
                .withNewStatus().withAllowed(true).endStatus().build()).always();
        given().header("X-Forwarded-User", "alice").header("X-Forwarded-Groups", "data, analysts")
                .cookie(Sessions.COOKIE, cookie).header(Callers.CSRF_HEADER, token)
                .post("/api/v1/namespaces/" + NS + "/applications/spark-pi/suspend").then().statusCode(200);
        assertEquals(Boolean.TRUE, client.resources(SparkApplication.class).inNamespace(NS).withName("spark-pi").get()
                .getSpec().getSuspend());

        request("POST", SAR_PATH);
        String body = lastBody;
        assertEquals(true, body.contains("\"user\":\"alice\"") && body.contains("\"verb\":\"patch\"")
                && body.contains("\"namespace\":\"" + NS + "\"") && body.contains("\"data\""), body);
        RecordedRequest patch = request("PATCH", "/apis/sparkoperator.k8s.io/v1beta2/namespaces/" + NS
                + "/sparkapplications/spark-pi");
        assertEquals("alice", patch.getHeader("Impersonate-User"));
        assertEquals(java.util.List.of("data", "analysts"), patch.getHeaders().headers("Impersonate-Group"));
    }

    /** The body of the last request {@link #request} found: reading a recorded body consumes it. */
    private String lastBody;

    private RecordedRequest request(String method, String path) throws InterruptedException {
        RecordedRequest request;
        while ((request = server.getKubernetesMockServer().takeRequest(10, TimeUnit.SECONDS)) != null) {
            if (method.equals(request.getMethod()) && request.getPath().startsWith(path)) {
                lastBody = request.getUtf8Body();
                if (!path.equals(SAR_PATH) || lastBody.contains("alice")) {
                    return request;
                }
            }
        }
        throw new AssertionError("no " + method + " " + path);
    }
}
