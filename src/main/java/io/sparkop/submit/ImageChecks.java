package io.sparkop.submit;

import io.sparkop.api.SparkApplicationSpec;
import java.util.List;
import java.util.Map;

/** Both the driver and the executors need an image, from spec.image, their own field or sparkConf. */
final class ImageChecks {

    static void images(SparkApplicationSpec spec, List<String> problems) {
        Map<String, String> sparkConf = spec.getSparkConf() == null ? Map.of() : spec.getSparkConf();
        boolean common = !ValueChecks.blank(spec.getImage())
                || !ValueChecks.blank(sparkConf.get("spark.kubernetes.container.image"));
        boolean driver = common || (spec.getDriver() != null && !ValueChecks.blank(spec.getDriver().getImage()))
                || !ValueChecks.blank(sparkConf.get("spark.kubernetes.driver.container.image"));
        boolean executor = common || (spec.getExecutor() != null && !ValueChecks.blank(spec.getExecutor().getImage()))
                || !ValueChecks.blank(sparkConf.get("spark.kubernetes.executor.container.image"));
        if (!driver && !executor) {
            problems.add("spec.image: required; no image is set for the driver or the executors");
        } else if (!driver) {
            problems.add("spec.image: required; no image is set for the driver (or set spec.driver.image)");
        } else if (!executor) {
            problems.add("spec.image: required; no image is set for the executors (or set spec.executor.image)");
        }
    }

    private ImageChecks() {
    }
}
