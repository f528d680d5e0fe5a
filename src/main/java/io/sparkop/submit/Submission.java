package io.sparkop.submit;

import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

/**
 * One attempt to run an application: the values spark-submit would make up at random, fixed here so
 * that building the same submission twice gives the same objects (and a retry creates nothing new).
 *
 * @param submissionId kubeflow's {@code status.submissionID} and the {@code submission-id} pod label
 * @param submitTime   {@code spark.app.submitTime}
 * @param masterUrl    {@code spark.master}, e.g. {@code k8s://https://kubernetes.default.svc:443}
 * @param uiProxyBase  {@code spark.ui.proxyBase} when the driver's UI is served behind the dashboard's
 *                     proxy (so Spark's own links stay under the proxy path), null otherwise; an
 *                     application's own sparkConf value wins
 */
public record Submission(String submissionId, Instant submitTime, String masterUrl, String uiProxyBase) {

    public Submission(String submissionId, Instant submitTime, String masterUrl) {
        this(submissionId, submitTime, masterUrl, null);
    }

    public static final String IN_CLUSTER_MASTER = "k8s://https://kubernetes.default.svc:443";

    /** Spark's {@code spark.app.id} and the {@code spark-app-selector} label: "spark-" and 32 hex digits. */
    public String sparkAppId() {
        return "spark-" + submissionId.replace("-", "").toLowerCase(Locale.ROOT);
    }

    /** 16 hex digits, where Spark's {@code KubernetesUtils.uniqueID()} puts random ones in resource names. */
    public String uniqueId() {
        UUID uuid = UUID.fromString(submissionId);
        return HexFormat.of().toHexDigits(uuid.getLeastSignificantBits());
    }
}
