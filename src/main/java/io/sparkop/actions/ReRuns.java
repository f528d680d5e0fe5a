package io.sparkop.actions;

import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.sparkop.api.AppState;
import io.sparkop.api.Labels;
import io.sparkop.api.SparkApplication;
import io.sparkop.index.SparkIndex;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A re-run: a new application with a finished one's spec, named {@code <name>-rerun-<n>} and labelled with the
 * original's name, so each links to the other. It belongs to no schedule: its history limits never prune it.
 */
public final class ReRuns {

    public static final String RERUN_OF = "sparkop.io/rerun-of";
    static final Set<AppState> FINISHED = EnumSet.of(AppState.COMPLETED, AppState.FAILED);
    static final int MAX_NAME_LENGTH = 63;

    static boolean finished(SparkApplication app) {
        return FINISHED.contains(SparkIndex.stateOf(app));
    }

    static SparkApplication build(SparkApplication original, int n, KubernetesSerialization serialization) {
        var meta = original.getMetadata();
        Map<String, String> labels = new LinkedHashMap<>();
        if (meta.getLabels() != null) {
            labels.putAll(meta.getLabels());
        }
        labels.remove(Labels.SCHEDULED_APP_NAME);
        labels.put(RERUN_OF, meta.getName());
        SparkApplication rerun = new SparkApplication();
        rerun.getMetadata().setName(name(meta.getName(), n));
        rerun.getMetadata().setNamespace(meta.getNamespace());
        rerun.getMetadata().setLabels(labels);
        rerun.setSpec(serialization.clone(original.getSpec()));
        return rerun;
    }

    /** The number after the highest re-run of this original there is (1 for the first). */
    static int next(String original, Collection<SparkApplication> existing) {
        String prefix = name(original, 0).replaceAll("0$", "");
        return existing.stream().map(a -> a.getMetadata().getName()).filter(n -> n.startsWith(prefix))
                .map(n -> n.substring(prefix.length())).filter(s -> s.matches("[1-9][0-9]{0,8}"))
                .mapToInt(Integer::parseInt).max().orElse(0) + 1;
    }

    /** A long original name is cut and a hash of it added, so the name fits and two originals never share it. */
    static String name(String original, int n) {
        String suffix = "-rerun-" + n;
        if (original.length() + suffix.length() <= MAX_NAME_LENGTH) {
            return original + suffix;
        }
        String hash = String.format("%08x", original.hashCode());
        int room = MAX_NAME_LENGTH - suffix.length() - hash.length() - 1 - 9; // room for n up to 9 more digits
        return original.substring(0, room).replaceAll("[-.]+$", "") + "-" + hash + suffix;
    }

    private ReRuns() {
    }
}
