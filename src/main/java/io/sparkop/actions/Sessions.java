package io.sparkop.actions;

import io.quarkus.scheduler.Scheduled;
import io.sparkop.OperatorConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dashboard sessions, kept in this process only: the browser holds a random id in an HttpOnly, SameSite=Strict
 * cookie, never the CSRF secret's source or a pasted token. A session ends after the idle timeout, on sign-out
 * or with the process (a second replica does not know it: use sticky sessions or bearer headers there).
 */
@ApplicationScoped
public class Sessions {

    public static final String COOKIE = "sparkop-session";
    /** Bounds memory: beyond this many live sessions the least recently used one is dropped. */
    static final int MAX_SESSIONS = 10_000;

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    OperatorConfig config;
    @Inject
    Clock clock;

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    /** One browser's session: its CSRF token, and in bearer mode the token it signed in with. */
    public static final class Session {
        private final String id;
        private final String csrf;
        private volatile String bearerToken;
        private volatile String user;
        private volatile String flash;
        private volatile Instant lastUsed;

        Session(String id, String csrf, Instant now) {
            this.id = id;
            this.csrf = csrf;
            this.lastUsed = now;
        }

        public String id() {
            return id;
        }

        public String csrf() {
            return csrf;
        }

        public Optional<String> bearerToken() {
            return Optional.ofNullable(bearerToken);
        }

        public Optional<String> user() {
            return Optional.ofNullable(user);
        }

        void signIn(String token, String user) {
            this.bearerToken = token;
            this.user = user;
        }

        void signOut() {
            this.bearerToken = null;
            this.user = null;
        }

        /** A one-time message for the next page this browser shows: what the last action did. */
        void flash(String message) {
            this.flash = message;
        }

        public String takeFlash() {
            String message = flash;
            flash = null;
            return message;
        }
    }

    public Session create() {
        Instant now = clock.instant();
        if (sessions.size() >= MAX_SESSIONS) {
            sessions.values().stream().min(Comparator.comparing(s -> s.lastUsed))
                    .ifPresent(oldest -> sessions.remove(oldest.id));
        }
        Session session = new Session(random(), random(), now);
        sessions.put(session.id, session);
        return session;
    }

    public Optional<Session> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Session session = sessions.get(id);
        if (session == null || expired(session, clock.instant())) {
            return Optional.empty();
        }
        session.lastUsed = clock.instant();
        return Optional.of(session);
    }

    void end(Session session) {
        sessions.remove(session.id);
    }

    @Scheduled(every = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void expireIdle() {
        Instant now = clock.instant();
        sessions.values().removeIf(s -> expired(s, now));
    }

    private boolean expired(Session session, Instant now) {
        return session.lastUsed.plus(config.dashboard().actions().sessionIdleTimeout()).isBefore(now);
    }

    static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
