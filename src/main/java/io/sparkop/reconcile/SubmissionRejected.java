package io.sparkop.reconcile;

/** The API server refused what the application asked for (invalid, forbidden, over quota): not worth retrying as is. */
final class SubmissionRejected extends Exception {

    SubmissionRejected(String message, Throwable cause) {
        super(message, cause);
    }
}
