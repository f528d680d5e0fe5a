package io.sparkop.actions;

import io.fabric8.kubernetes.api.model.authentication.SelfSubjectReview;
import io.fabric8.kubernetes.api.model.authorization.v1.SubjectAccessReview;
import io.fabric8.kubernetes.api.model.authorization.v1.SubjectAccessReviewBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.sparkop.OperatorConfig;
import io.sparkop.OperatorConfig.Actions.IdentityMode;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Turns a request into a {@link Caller}: the identity it carries, and a client acting as that identity only.
 * A state-changing request must also pass the CSRF check, unless its identity came in an Authorization header
 * (which no other site's page can make a browser send).
 */
@RequestScoped
public class Callers {

    static final String CSRF_HEADER = "X-CSRF-Token";
    static final String API_GROUP = "sparkoperator.k8s.io";

    @Inject
    KubernetesClient operator;
    @Inject
    OperatorConfig config;
    @Inject
    BrowserSession browser;
    @Inject
    HttpServerRequest request;

    public Caller forRead() {
        return resolve();
    }

    /** For POST and DELETE: Origin/Referer of this dashboard, and the session's CSRF token unless bearer-header. */
    public Caller forChange(String csrfFormField) {
        checkOrigin();
        if (!(mode() == IdentityMode.BEARER && headerToken().isPresent())) {
            requireIdentity();
            checkCsrf(csrfFormField);
        }
        return resolve();
    }

    /** Only the CSRF and origin checks: for signing in and out, which act on the session, not the cluster. */
    void checkSessionChange(String csrfFormField) {
        checkOrigin();
        checkCsrf(csrfFormField);
    }

    private void checkCsrf(String formField) {
        String given = formField != null ? formField : request.getHeader(CSRF_HEADER);
        var session = browser.existing();
        if (session.isEmpty() || given == null || !MessageDigest.isEqual(
                session.get().csrf().getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))) {
            throw new ActionRefused(403, "missing or wrong CSRF token: act from the dashboard's own pages"
                    + " (reload the page if your session expired), or send Authorization: Bearer");
        }
    }

    /** A browser names the page a request came from; one of another site's is refused whatever it carries. */
    private void checkOrigin() {
        String origin = request.getHeader("Origin");
        if (origin == null || origin.equals("null")) {
            origin = request.getHeader("Referer");
        }
        if (origin == null) {
            return; // not a browser: curl and scripts send neither
        }
        String host = request.getHeader("Host");
        String authority;
        try {
            authority = URI.create(origin).getRawAuthority();
        } catch (IllegalArgumentException e) {
            authority = null;
        }
        if (authority == null || !authority.equalsIgnoreCase(host)) {
            throw new ActionRefused(403, "request from another site (" + origin + ") refused");
        }
    }

    /** Says "no identity" (401) before "no CSRF token" (403): the first is what the caller must fix. */
    private void requireIdentity() {
        boolean present = mode() == IdentityMode.PROXY ? proxyUser() != null
                : browser.existing().flatMap(Sessions.Session::bearerToken).isPresent();
        if (!present) {
            throw noIdentity();
        }
    }

    private ActionRefused noIdentity() {
        return mode() == IdentityMode.PROXY
                ? new ActionRefused(401, "no user: the header " + config.dashboard().actions().userHeader()
                        + " the authenticating proxy sets is missing")
                : new ActionRefused(401, "no Kubernetes identity: send Authorization: Bearer <token>"
                        + " or sign in on the dashboard with your token");
    }

    private String proxyUser() {
        String user = request.getHeader(config.dashboard().actions().userHeader());
        return user == null || user.isBlank() ? null : user;
    }

    private Caller resolve() {
        return mode() == IdentityMode.PROXY ? proxied() : bearer();
    }

    private IdentityMode mode() {
        return config.dashboard().actions().identity();
    }

    private Optional<String> headerToken() {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.substring(7).isBlank()) {
            return Optional.empty();
        }
        return Optional.of(header.substring(7).strip());
    }

    private Caller bearer() {
        Optional<String> fromHeader = headerToken();
        String token = fromHeader.or(() -> browser.existing().flatMap(Sessions.Session::bearerToken))
                .orElseThrow(this::noIdentity);
        KubernetesClient client = clientWithToken(token);
        String who = fromHeader.isPresent() ? whoAmI(client, token)
                : browser.existing().flatMap(Sessions.Session::user).orElseGet(() -> whoAmI(client, token));
        return new Caller(who, client, null);
    }

    private Caller proxied() {
        String user = proxyUser();
        if (user == null) {
            throw noIdentity();
        }
        List<String> groups = request.headers().getAll(config.dashboard().actions().groupsHeader()).stream()
                .flatMap(value -> Arrays.stream(value.split(","))).map(String::strip).filter(g -> !g.isEmpty())
                .toList();
        Config impersonating = new ConfigBuilder(operator.getConfiguration())
                .withImpersonateUsername(user)
                .withImpersonateGroups(groups.toArray(String[]::new))
                .build();
        KubernetesClient client = build(impersonating);
        return new Caller(user, client, (verb, resource, namespace, name) -> review(user, groups, verb, resource,
                namespace, name));
    }

    /** The operator's API server and CA, the caller's token, and nothing else of the operator's credentials. */
    KubernetesClient clientWithToken(String token) {
        Config own = operator.getConfiguration();
        Config config = new ConfigBuilder(Config.empty())
                .withMasterUrl(own.getMasterUrl())
                .withCaCertFile(own.getCaCertFile())
                .withCaCertData(own.getCaCertData())
                .withTrustCerts(own.isTrustCerts())
                .withDisableHostnameVerification(own.isDisableHostnameVerification())
                .withHttp2Disable(own.isHttp2Disable())
                .withConnectionTimeout(own.getConnectionTimeout())
                .withRequestTimeout(own.getRequestTimeout())
                .withRequestRetryBackoffLimit(0)
                .withOauthToken(token)
                .build();
        return build(config);
    }

    private KubernetesClient build(Config config) {
        return new KubernetesClientBuilder().withConfig(config)
                .withKubernetesSerialization(operator.getKubernetesSerialization()).build();
    }

    /** The token's user as the API server sees it; a fingerprint when it cannot say (too old, or refused). */
    String whoAmI(KubernetesClient client, String token) {
        try {
            SelfSubjectReview review = client.resource(new SelfSubjectReview()).create();
            if (review.getStatus() != null && review.getStatus().getUserInfo() != null
                    && review.getStatus().getUserInfo().getUsername() != null) {
                return review.getStatus().getUserInfo().getUsername();
            }
        } catch (KubernetesClientException e) {
            if (e.getCode() == 401) {
                throw new ActionRefused(401, "the API server does not accept this token");
            }
        }
        return "token:" + fingerprint(token);
    }

    private void review(String user, List<String> groups, String verb, String resource, String namespace,
            String name) {
        SubjectAccessReview review;
        try {
            review = operator.resource(new SubjectAccessReviewBuilder()
                    .withNewSpec()
                        .withUser(user)
                        .withGroups(groups)
                        .withNewResourceAttributes()
                            .withGroup(API_GROUP)
                            .withResource(resource)
                            .withVerb(verb)
                            .withNamespace(namespace)
                            .withName(name)
                        .endResourceAttributes()
                    .endSpec()
                    .build()).create();
        } catch (KubernetesClientException e) {
            // fail closed: a review that cannot be made is a refusal
            throw new ActionRefused(403, "could not check whether user \"" + user + "\" may " + verb + " " + resource
                    + " in namespace \"" + namespace + "\" (SubjectAccessReview: " + e.getMessage() + ")");
        }
        if (review.getStatus() == null || !Boolean.TRUE.equals(review.getStatus().getAllowed())) {
            String reason = review.getStatus() == null || review.getStatus().getReason() == null ? ""
                    : ": " + review.getStatus().getReason();
            throw new ActionRefused(403, "user \"" + user + "\" cannot " + verb + " " + resource + " in namespace \""
                    + namespace + "\"" + reason);
        }
    }

    static String fingerprint(String token) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
