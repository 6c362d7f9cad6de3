package cn.zhifa.casefile;

import cn.zhifa.casefile.process.OrdinaryProcedure;
import cn.zhifa.shared.DomainException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The steps of the ordinary procedure, collected from the {@link Step} beans of every module — the one list of them.
 * Checked at start-up against the user tasks of {@code bpmn/ordinary-procedure.bpmn} and the forms: every user task
 * has exactly one step and one form, every step a user task. A mismatch stops the application.
 */
@Component
public class StepCatalogue {

    private final Map<String, Step<?>> byTask;

    @org.springframework.beans.factory.annotation.Autowired
    StepCatalogue(List<Step<?>> steps, ObjectProvider<StepFormCatalogue> forms) {
        this(steps, OrdinaryProcedure.userTaskIds(), forms.getIfAvailable() == null ? null
                : forms.getIfAvailable().payloadTypesWithForm());
    }

    private StepCatalogue(Collection<? extends Step<?>> steps, Set<String> userTasks,
            Set<Class<? extends StepPayload>> forms) {
        List<String> problems = check(steps, userTasks, forms);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Step catalogue does not match " + OrdinaryProcedure.RESOURCE + ": "
                    + String.join("; ", problems));
        }
        Map<String, Step<?>> map = new HashMap<>();
        steps.forEach(s -> map.put(s.taskKey(), s));
        this.byTask = Map.copyOf(map);
    }

    /** A catalogue of these steps checked against these user tasks and forms; fails as at start-up. */
    public static StepCatalogue verified(Collection<? extends Step<?>> steps, Set<String> userTasks,
            Set<Class<? extends StepPayload>> forms) {
        return new StepCatalogue(steps, userTasks, forms);
    }

    /**
     * What is wrong between the steps, the model's user tasks and the forms (null: forms not checked, no UI).
     * Empty: all match.
     */
    public static List<String> check(Collection<? extends Step<?>> steps, Set<String> userTasks,
            Set<Class<? extends StepPayload>> forms) {
        List<String> problems = new ArrayList<>();
        Map<String, List<String>> stepsOfTask = new HashMap<>();
        Map<Class<?>, List<String>> stepsOfPayload = new HashMap<>();
        for (Step<?> s : steps) {
            stepsOfTask.computeIfAbsent(s.taskKey(), k -> new ArrayList<>()).add(s.getClass().getSimpleName());
            stepsOfPayload.computeIfAbsent(s.payloadType(), k -> new ArrayList<>()).add(s.taskKey());
            if (!userTasks.contains(s.taskKey())) {
                problems.add("step " + s.getClass().getSimpleName() + " has no user task " + s.taskKey());
            }
            if (forms != null && !forms.contains(s.payloadType())) {
                problems.add("no form for " + s.payloadType().getSimpleName() + " (" + s.taskKey() + ")");
            }
        }
        for (String task : new TreeSet<>(userTasks)) {
            List<String> of = stepsOfTask.getOrDefault(task, List.of());
            if (of.size() != 1) {
                problems.add("user task " + task + " has " + of.size() + " steps " + of);
            }
        }
        stepsOfPayload.forEach((type, tasks) -> {
            if (tasks.size() > 1) {
                problems.add("payload " + type.getSimpleName() + " completes several tasks " + tasks);
            }
        });
        return problems;
    }

    /** The step of a user task; empty for tasks that are not steps of the ordinary procedure. */
    public Optional<Step<?>> step(String taskKey) {
        return Optional.ofNullable(byTask.get(taskKey));
    }

    /** The step of a user task, or the refusal for a task that has none. */
    public Step<?> require(String taskKey) {
        Step<?> s = byTask.get(taskKey);
        if (s == null) {
            throw DomainException.invalid("task.wrongPayload", "?");
        }
        return s;
    }

    /** Whether the task key is a user task of the ordinary procedure. */
    public boolean isStep(String taskKey) {
        return byTask.containsKey(taskKey);
    }

    /** The stage an open task puts the case in; null for tasks of other processes. */
    public CaseStage stageOf(String taskKey) {
        Step<?> s = byTask.get(taskKey);
        return s == null ? null : s.stage();
    }

    /**
     * The deadline governing an open task; null for tasks of other processes, except the summary procedure's task of
     * a fine paid later, which counts down to the payment deadline like the ordinary execution (decision 0031).
     */
    public DeadlineKind deadlineOf(String taskKey) {
        if (ProcedureTasks.SUMMARY_PAY_LATER.equals(taskKey)) {
            return DeadlineKind.PAYMENT;
        }
        Step<?> s = byTask.get(taskKey);
        return s == null ? null : s.deadline();
    }

    /** The payload type of a task; null for tasks of other processes. */
    public Class<? extends StepPayload> payloadOf(String taskKey) {
        Step<?> s = byTask.get(taskKey);
        return s == null ? null : s.payloadType();
    }

    public Collection<Step<?>> steps() {
        return byTask.values();
    }
}
