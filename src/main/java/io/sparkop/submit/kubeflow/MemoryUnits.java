package io.sparkop.submit.kubeflow;

import java.util.List;
import java.util.Locale;

/**
 * kubeflow's util.ConvertJavaMemoryStringToK8sMemoryString: Java's size units (k, m, g, t, p, with
 * an optional b, any case) become binary Kubernetes units; anything else is passed on unchanged.
 */
public final class MemoryUnits {

    private static final List<String[]> UNITS = List.of(
            new String[] {"kb", "Ki"}, new String[] {"mb", "Mi"}, new String[] {"gb", "Gi"}, new String[] {"tb", "Ti"},
            new String[] {"pb", "Pi"}, new String[] {"k", "Ki"}, new String[] {"m", "Mi"}, new String[] {"g", "Gi"},
            new String[] {"t", "Ti"}, new String[] {"p", "Pi"});

    public static String kubernetesQuantity(String memory) {
        String lower = memory.strip().toLowerCase(Locale.ROOT);
        for (String[] unit : UNITS) {
            if (lower.endsWith(unit[0])) {
                return lower.substring(0, lower.length() - unit[0].length()) + unit[1];
            }
        }
        return memory.strip();
    }

    private MemoryUnits() {
    }
}
