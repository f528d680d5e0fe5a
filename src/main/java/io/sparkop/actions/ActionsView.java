package io.sparkop.actions;

/**
 * What a page needs to offer actions: whether they are on, the session's CSRF token for its forms, who is
 * signed in (null: nobody) and the message the last action left.
 */
public record ActionsView(boolean enabled, String csrf, String user, String flash) {

    public static final ActionsView OFF = new ActionsView(false, null, null, null);
}
