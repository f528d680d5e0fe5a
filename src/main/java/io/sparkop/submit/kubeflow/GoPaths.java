package io.sparkop.submit.kubeflow;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.stream.Collectors;

/** Go's path/filepath.Join and Clean on '/' paths, for file paths kubeflow computes in Go. */
public final class GoPaths {

    static String join(String... elements) {
        String joined = Arrays.stream(elements).filter(e -> e != null && !e.isEmpty()).collect(Collectors.joining("/"));
        return joined.isEmpty() ? "" : clean(joined);
    }

    /** Lexical: one separator, no '.' elements, '..' resolved where it can be, no trailing '/'. */
    static String clean(String path) {
        boolean rooted = path.startsWith("/");
        Deque<String> parts = new ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..") && !parts.isEmpty() && !parts.peekLast().equals("..")) {
                parts.removeLast();
            } else if (!(part.equals("..") && rooted)) {
                parts.addLast(part);
            }
        }
        String cleaned = String.join("/", parts);
        if (rooted) {
            return "/" + cleaned;
        }
        return cleaned.isEmpty() ? "." : cleaned;
    }

    private GoPaths() {
    }
}
