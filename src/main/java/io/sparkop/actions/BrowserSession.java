package io.sparkop.actions;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** This request's dashboard session: the one its cookie names, or a new one when a page needs a CSRF token. */
@RequestScoped
public class BrowserSession {

    @Inject
    Sessions sessions;
    @Inject
    HttpServerRequest request;

    private Sessions.Session session;
    private boolean created;
    private boolean ended;

    public Optional<Sessions.Session> existing() {
        if (session == null) {
            Cookie cookie = request.getCookie(Sessions.COOKIE);
            session = sessions.find(cookie == null ? null : cookie.getValue()).orElse(null);
        }
        return Optional.ofNullable(session);
    }

    public Sessions.Session current() {
        return existing().orElseGet(() -> {
            session = sessions.create();
            created = true;
            return session;
        });
    }

    void end() {
        existing().ifPresent(sessions::end);
        session = null;
        ended = true;
    }

    boolean created() {
        return created;
    }

    boolean ended() {
        return ended;
    }

    boolean secure() {
        return request.isSSL() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
    }
}
