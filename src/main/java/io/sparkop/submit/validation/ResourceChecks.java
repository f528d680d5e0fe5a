package io.sparkop.submit.validation;

import io.sparkop.api.Dependencies;
import io.sparkop.api.SparkApplicationSpec;
import io.sparkop.api.SparkApplicationType;
import io.sparkop.submit.spark.AppResource;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The application's files. spark-submit would upload a file of the submitting machine (no scheme,
 * or file://), which needs a shared upload path; the operator has none of the user's files, so
 * files must be in the image (local://) or remote. spark-submit picks the runner by the file name.
 */
public final class ResourceChecks {

    private static final Pattern MAVEN_COORDINATE = Pattern.compile("[^\\s:/,]+(?:[:/][^\\s:/,]+)+");

    public static void mainApplicationFile(SparkApplicationSpec spec, List<String> problems) {
        String file = spec.getMainApplicationFile();
        if (ValueChecks.blank(file)) {
            problems.add("spec.mainApplicationFile: required");
            return;
        }
        notOnSubmitter("spec.mainApplicationFile", file, problems);
        if (spec.getType() == null) {
            return;
        }
        AppResource.Kind kind = AppResource.kindOf(file);
        if (spec.getType() == SparkApplicationType.PYTHON && kind != AppResource.Kind.PYTHON) {
            problems.add("spec.mainApplicationFile: '" + file + "' must end in .py for a Python application:"
                    + " spark-submit chooses how to run it by the file name");
        } else if (spec.getType() == SparkApplicationType.R && kind != AppResource.Kind.R) {
            problems.add("spec.mainApplicationFile: '" + file + "' must end in .R for an R application:"
                    + " spark-submit chooses how to run it by the file name");
        } else if (kind != AppResource.Kind.JAVA && (spec.getType() == SparkApplicationType.JAVA
                || spec.getType() == SparkApplicationType.SCALA)) {
            String actual = kind == AppResource.Kind.PYTHON ? "Python" : "R";
            problems.add("spec.mainApplicationFile: '" + file + "' would run as " + actual
                    + " (spark-submit chooses by the file name); set spec.type: " + actual);
        }
    }

    public static void dependencies(Dependencies deps, List<String> problems) {
        if (deps == null) {
            return;
        }
        files("spec.deps.jars", deps.getJars(), problems);
        files("spec.deps.files", deps.getFiles(), problems);
        files("spec.deps.pyFiles", deps.getPyFiles(), problems);
        files("spec.deps.archives", deps.getArchives(), problems);
        coordinates("spec.deps.packages", deps.getPackages(), 3, "groupId:artifactId:version", problems);
        coordinates("spec.deps.excludePackages", deps.getExcludePackages(), 2, "groupId:artifactId", problems);
        repositories(deps.getRepositories(), problems);
    }

    /**
     * SparkSubmitUtils.extractMavenCoordinates: kubeflow joins the list with ',' for --packages and
     * Spark splits it again, reading '/' as ':'; every part must be non-empty.
     */
    private static void coordinates(String field, List<String> coordinates, int parts, String form, List<String> problems) {
        for (int i = 0; coordinates != null && i < coordinates.size(); i++) {
            String coordinate = coordinates.get(i);
            if (coordinate == null || !MAVEN_COORDINATE.matcher(coordinate).matches()
                    || coordinate.replace('/', ':').split(":", -1).length != parts) {
                problems.add(field + "[" + i + "]: '" + coordinate + "' is not " + form);
            }
        }
    }

    /** Each becomes an Ivy resolver root: an absolute URL; kubeflow joins them with ','. */
    private static void repositories(List<String> repositories, List<String> problems) {
        for (int i = 0; repositories != null && i < repositories.size(); i++) {
            String repository = repositories.get(i);
            if (!isUrl(repository)) {
                problems.add("spec.deps.repositories[" + i + "]: '" + repository
                        + "' is not a repository URL like https://repo.example.com/maven2");
            }
        }
    }

    private static boolean isUrl(String value) {
        if (value == null || value.contains(",") || !value.strip().equals(value)) {
            return false;
        }
        try {
            URI uri = new URI(value);
            return uri.getScheme() != null && !uri.isOpaque()
                    && (uri.getHost() != null || (uri.getScheme().equals("file") && uri.getPath() != null));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void files(String field, List<String> files, List<String> problems) {
        for (int i = 0; files != null && i < files.size(); i++) {
            if (ValueChecks.blank(files.get(i))) {
                problems.add(field + "[" + i + "]: empty");
            } else {
                notOnSubmitter(field + "[" + i + "]", files.get(i), problems);
            }
        }
    }

    /** KubernetesUtils.isLocalAndResolvable: no scheme, or file://. */
    private static void notOnSubmitter(String field, String file, List<String> problems) {
        String scheme;
        String path;
        try {
            URI uri = new URI(file.trim());
            scheme = uri.getScheme();
            path = uri.getPath();
        } catch (URISyntaxException e) {
            problems.add(field + ": '" + file + "' is not a valid URI");
            return;
        }
        if (scheme == null || scheme.equals("file")) {
            String suggestion = path != null && path.startsWith("/") ? "local://" + path : "local:///path/in/image";
            problems.add(field + ": '" + file + "' is a file on the submitting machine; use " + suggestion
                    + " for a file in the image, or a remote URL");
        }
    }

    private ResourceChecks() {
    }
}
