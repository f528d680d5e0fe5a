package io.sparkop.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The dashboard's URLs, in one place. Names are Kubernetes names, but are encoded anyway. */
public final class Paths {

    private Paths() {
    }

    public static String application(String namespace, String name) {
        return "/applications/" + encode(namespace) + "/" + encode(name);
    }

    public static String logs(String namespace, String name, String pod) {
        return application(namespace, name) + "/logs/" + encode(pod);
    }

    public static String sparkUi(String namespace, String name) {
        return application(namespace, name) + "/spark-ui/";
    }

    public static String schedule(String namespace, String name) {
        return "/schedules/" + encode(namespace) + "/" + encode(name);
    }

    static String encode(String segment) {
        return URLEncoder.encode(segment == null ? "" : segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
