package io.sparkop.submit.kubeflow;

import io.fabric8.kubernetes.api.model.Lifecycle;
import io.sparkop.api.DriverSpec;
import io.sparkop.api.ExecutorSpec;
import io.sparkop.api.Port;
import io.sparkop.api.SparkApplication;
import io.sparkop.api.SparkPodSpec;
import java.util.List;

/**
 * The typed fields kubeflow's pod webhook reads for one role, driver or executor, including the
 * ones the two specs declare separately.
 */
public record PodRole(boolean driver, SparkPodSpec spec, List<Port> ports, String priorityClassName, Lifecycle lifecycle) {

    public static PodRole driver(SparkApplication app) {
        DriverSpec driver = KubeflowPodConf.driverOf(app);
        return new PodRole(true, driver, orEmpty(driver.getPorts()), driver.getPriorityClassName(), driver.getLifecycle());
    }

    public static PodRole executor(SparkApplication app) {
        ExecutorSpec executor = KubeflowPodConf.executorOf(app);
        return new PodRole(false, executor, orEmpty(executor.getPorts()), executor.getPriorityClassName(),
                executor.getLifecycle());
    }

    /** The container kubeflow's findContainer looks for. */
    String sparkContainerName() {
        return driver ? KubeflowPodConf.DRIVER_CONTAINER : KubeflowPodConf.EXECUTOR_CONTAINER;
    }

    public static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
