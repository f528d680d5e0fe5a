package io.sparkop.schedule;

/**
 * Why part of a schedule cannot be read. Thrown from deep inside field parsing and always caught by
 * {@link CronParser#parse}, which turns it into a problem message: it never leaves the parser.
 */
final class InvalidCron extends RuntimeException {

    InvalidCron(String message) {
        super(message, null, false, false);
    }
}
