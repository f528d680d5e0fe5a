package io.sparkop.actions;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Sets the session cookie when this request started a session, and clears it on sign-out: HttpOnly so no
 * script reads it, SameSite=Strict so no other site's page sends it, Secure when the dashboard is reached
 * over https.
 */
public class SessionCookie {

    @Inject
    BrowserSession browser;

    @ServerResponseFilter
    public void setCookie(ContainerResponseContext response) {
        if (browser.created() && !browser.ended()) {
            response.getHeaders().add("Set-Cookie", cookie(browser.current().id(), ""));
        } else if (browser.ended()) {
            response.getHeaders().add("Set-Cookie", cookie("", "; Max-Age=0"));
        }
    }

    private String cookie(String value, String extra) {
        return Sessions.COOKIE + "=" + value + "; Path=/; HttpOnly; SameSite=Strict" + (browser.secure() ? "; Secure" : "")
                + extra;
    }
}
