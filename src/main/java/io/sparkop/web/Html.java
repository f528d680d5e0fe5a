package io.sparkop.web;

/** Media types of the pages and their JSON twins. */
final class Html {

    static final String PAGE = "text/html";
    /** The page wins over its JSON twin when a client accepts anything (curl, a browser's odd Accept). */
    static final String JSON_TWIN = "application/json;qs=0.9";

    private Html() {
    }
}
