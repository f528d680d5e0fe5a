package io.sparkop.actions;

import io.sparkop.OperatorConfig;
import io.sparkop.OperatorConfig.Actions.IdentityMode;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** The {@link ActionsView} of this request; starts a session (and its cookie) only when actions are on. */
@RequestScoped
public class ActionsViews {

    @Inject
    OperatorConfig config;
    @Inject
    BrowserSession browser;
    @Inject
    HttpServerRequest request;

    public ActionsView view() {
        var actions = config.dashboard().actions();
        if (!actions.enabled()) {
            return ActionsView.OFF;
        }
        var session = browser.current();
        String user = actions.identity() == IdentityMode.PROXY ? request.getHeader(actions.userHeader())
                : session.user().orElse(null);
        return new ActionsView(true, session.csrf(), user, session.takeFlash());
    }
}
