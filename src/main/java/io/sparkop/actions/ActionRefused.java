package io.sparkop.actions;

import java.util.List;

/**
 * An action that did not happen, with the HTTP status that says why: 401 no identity, 403 refused by
 * Kubernetes RBAC or the CSRF check, 404 no such object, 409 not possible in its state, 400 a bad spec (each
 * problem a field and its reason).
 */
public class ActionRefused extends RuntimeException {

    /** One thing wrong with a submitted spec: the field, and what is wrong with it. */
    public record Problem(String field, String reason) {

        /** SpecValidator's messages read {@code field: reason}. */
        static Problem of(String message) {
            int colon = message.indexOf(": ");
            return colon < 0 ? new Problem("", message)
                    : new Problem(message.substring(0, colon), message.substring(colon + 2));
        }
    }

    private final int status;
    private final List<Problem> problems;

    public ActionRefused(int status, String message) {
        this(status, message, List.of());
    }

    public ActionRefused(int status, String message, List<Problem> problems) {
        super(message);
        this.status = status;
        this.problems = List.copyOf(problems);
    }

    public int status() {
        return status;
    }

    public List<Problem> problems() {
        return problems;
    }
}
