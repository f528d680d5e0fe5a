package io.sparkop.schedule;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "sparkop.schedule")
public interface ScheduleConfig {

    /**
     * How late a run may still start, e.g. one missed while the operator was down; a later one is skipped
     * and the schedule carries on from the next future time. Keep it well above a few seconds: a run
     * due now starts within about a second.
     */
    @WithDefault("5m")
    Duration missedRunDeadline();
}
