package io.sparkop.schedule;

import io.sparkop.api.AppState;
import io.sparkop.api.ApplicationState;
import io.sparkop.api.ConcurrencyPolicy;
import io.sparkop.api.DeployMode;
import io.sparkop.api.ScheduledSparkApplication;
import io.sparkop.api.ScheduledSparkApplicationSpec;
import io.sparkop.api.ScheduledSparkApplicationStatus;
import io.sparkop.api.SparkApplication;
import io.sparkop.api.SparkApplicationSpec;
import io.sparkop.api.SparkApplicationStatus;
import io.sparkop.api.SparkApplicationType;
import java.time.Instant;
import java.util.List;

/** Schedules and runs as tests need them. */
final class ScheduleFixtures {

    static ScheduledSparkApplication schedule(String name, String cron, ConcurrencyPolicy policy) {
        var spec = new ScheduledSparkApplicationSpec();
        spec.setSchedule(cron);
        spec.setConcurrencyPolicy(policy);
        spec.setTemplate(template());
        var schedule = new ScheduledSparkApplication();
        schedule.getMetadata().setName(name);
        schedule.getMetadata().setNamespace("default");
        schedule.setSpec(spec);
        return schedule;
    }

    static SparkApplicationSpec template() {
        var template = new SparkApplicationSpec();
        template.setType(SparkApplicationType.SCALA);
        template.setMode(DeployMode.CLUSTER);
        template.setSparkVersion("4.0.0");
        template.setImage("spark:4.0.0");
        template.setMainClass("org.apache.spark.examples.SparkPi");
        template.setMainApplicationFile("local:///opt/spark/examples/jars/spark-examples.jar");
        template.setArguments(List.of("1000"));
        return template;
    }

    static ScheduledSparkApplicationStatus status(String lastRun, String nextRun) {
        var status = new ScheduledSparkApplicationStatus();
        status.setLastRun(lastRun);
        status.setNextRun(nextRun);
        return status;
    }

    /** A run of {@code schedule} due at {@code due}, as the cluster would return it. */
    static SparkApplication run(ScheduledSparkApplication schedule, String due, AppState state) {
        var run = RunBuilder.build(schedule, Instant.parse(due));
        run.getMetadata().setCreationTimestamp(due);
        if (state != null) {
            var status = new SparkApplicationStatus();
            status.setApplicationState(new ApplicationState(state, null));
            run.setStatus(status);
        }
        return run;
    }

    private ScheduleFixtures() {
    }
}
