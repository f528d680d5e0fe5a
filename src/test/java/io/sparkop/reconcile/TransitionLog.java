package io.sparkop.reconcile;

import io.sparkop.schedule.ScheduleRunOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records the typed lifecycle events the operator fires, as metrics will observe them. */
@ApplicationScoped
public class TransitionLog {

    private final List<ApplicationTransition> applications = new CopyOnWriteArrayList<>();
    private final List<ExecutorTransition> executors = new CopyOnWriteArrayList<>();
    private final List<ScheduleRunOutcome> runs = new CopyOnWriteArrayList<>();

    void onApplication(@Observes ApplicationTransition transition) {
        applications.add(transition);
    }

    void onExecutor(@Observes ExecutorTransition transition) {
        executors.add(transition);
    }

    void onRun(@Observes ScheduleRunOutcome outcome) {
        runs.add(outcome);
    }

    public List<ApplicationTransition> of(String application) {
        return applications.stream().filter(t -> application.equals(t.application().getMetadata().getName())).toList();
    }

    public List<ExecutorTransition> executorsOf(String application) {
        return executors.stream().filter(t -> application.equals(t.application().getMetadata().getName())).toList();
    }

    public List<ScheduleRunOutcome> runsOf(String schedule) {
        return runs.stream().filter(o -> schedule.equals(o.schedule().getMetadata().getName())).toList();
    }
}
