package io.sparkop.web;

import java.util.List;

/** The application this one re-runs (null if none) and its own re-runs, newest last. */
public record ReRunLinks(String rerunOf, List<String> reruns) {
}
