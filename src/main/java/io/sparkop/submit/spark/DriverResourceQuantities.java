package io.sparkop.submit.spark;

import io.fabric8.kubernetes.api.model.Quantity;
import io.sparkop.submit.SparkConfKeys;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * KubernetesUtils.buildResourcesQuantities: each spark.driver.resource.NAME.amount becomes a
 * container limit named VENDOR/NAME (spark.driver.resource.NAME.vendor), e.g. nvidia.com/gpu.
 */
public final class DriverResourceQuantities {

    private static final String AMOUNT = ".amount";

    static Map<String, Quantity> of(SparkConf conf) {
        Map<String, Quantity> limits = new LinkedHashMap<>();
        conf.withPrefix(SparkConfKeys.DRIVER_RESOURCE_PREFIX).forEach((key, amount) -> {
            if (key.endsWith(AMOUNT) && !key.substring(0, key.length() - AMOUNT.length()).contains(".")) {
                String name = key.substring(0, key.length() - AMOUNT.length());
                String vendor = conf.get(SparkConfKeys.DRIVER_RESOURCE_PREFIX + name + ".vendor", "");
                limits.put(vendor + "/" + name, new Quantity(Long.toString(Long.parseLong(amount.trim()))));
            }
        });
        return limits;
    }

    private DriverResourceQuantities() {
    }
}
