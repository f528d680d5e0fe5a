package io.sparkop.submit.validation;

import io.sparkop.api.SparkApplicationSpec;
import io.sparkop.api.SparkPodSpec;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Both the driver and the executors need an image, from spec.image or their own field, and each
 * must be an image reference the kubelet can pull (distribution/reference's grammar), or the pod
 * sits in InvalidImageName.
 */
public final class ImageChecks {

    private static final String DOMAIN_COMPONENT = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
    private static final String DOMAIN = DOMAIN_COMPONENT + "(?:\\." + DOMAIN_COMPONENT + ")*(?::[0-9]+)?";
    private static final String PATH_COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
    private static final String NAME = "(?:" + DOMAIN + "/)?" + PATH_COMPONENT + "(?:/" + PATH_COMPONENT + ")*";
    private static final String TAG = "[\\w][\\w.-]{0,127}";
    private static final String DIGEST = "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}";
    private static final Pattern REFERENCE = Pattern.compile("(" + NAME + ")(?::" + TAG + ")?(?:@" + DIGEST + ")?");
    private static final int MAX_NAME_LENGTH = 255;

    public static void images(SparkApplicationSpec spec, List<String> problems) {
        boolean common = !ValueChecks.blank(spec.getImage());
        boolean driver = common || hasImage(spec.getDriver());
        boolean executor = common || hasImage(spec.getExecutor());
        if (!driver && !executor) {
            problems.add("spec.image: required; no image is set for the driver or the executors");
        } else if (!driver) {
            problems.add("spec.image: required; no image is set for the driver (or set spec.driver.image)");
        } else if (!executor) {
            problems.add("spec.image: required; no image is set for the executors (or set spec.executor.image)");
        }
        reference("spec.image", spec.getImage(), problems);
        reference("spec.driver.image", spec.getDriver() == null ? null : spec.getDriver().getImage(), problems);
        reference("spec.executor.image", spec.getExecutor() == null ? null : spec.getExecutor().getImage(), problems);
    }

    private static boolean hasImage(SparkPodSpec pod) {
        return pod != null && !ValueChecks.blank(pod.getImage());
    }

    private static void reference(String field, String image, List<String> problems) {
        if (ValueChecks.blank(image)) {
            return;
        }
        var match = REFERENCE.matcher(image);
        if (!match.matches()) {
            problems.add(field + ": '" + image + "' is not an image reference like registry.example.com/spark:4.0.0"
                    + " (lower-case repository, no spaces)");
        } else if (match.group(1).length() > MAX_NAME_LENGTH) {
            problems.add(field + ": '" + image + "' has a repository name longer than " + MAX_NAME_LENGTH + " characters");
        }
    }

    private ImageChecks() {
    }
}
