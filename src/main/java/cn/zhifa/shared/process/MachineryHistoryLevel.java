package cn.zhifa.shared.process;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.runtime.PvmExecutionImpl;
import org.springframework.stereotype.Component;

/**
 * The engine's history level {@value #NAME} (decision 0036): the engine keeps the history of its own machinery —
 * process instances, the activities that are not user tasks (timers, service tasks, gateways, end events), jobs and
 * their log, incidents, batches, operations — and not what the case's own record already holds. User tasks, their
 * candidates and the process variables are recorded by us: the sealed case record (one entry per step, with actor,
 * time and payload), {@code task_done} (who completed which task when) and the case row. The engine's copy of them was
 * never read, was not tamper-evident, and at 10 million closed cases would have been about a billion rows.
 *
 * <p>Selected by {@code camunda.bpm.history-level=zhifa}; {@code V392} moves an existing database to it (the engine
 * refuses to start when the stored level differs from the configured one).
 */
@Component
public class MachineryHistoryLevel extends AbstractHistoryLevel {

    public static final String NAME = "zhifa";
    /** Stored in ACT_GE_PROPERTY (historyLevel); the engine's own levels are 0–3. */
    public static final int ID = 36;

    private static final Set<HistoryEventTypes> NOT_KEPT = EnumSet.of(
            HistoryEventTypes.TASK_INSTANCE_CREATE, HistoryEventTypes.TASK_INSTANCE_UPDATE,
            HistoryEventTypes.TASK_INSTANCE_MIGRATE, HistoryEventTypes.TASK_INSTANCE_COMPLETE,
            HistoryEventTypes.TASK_INSTANCE_DELETE,
            HistoryEventTypes.VARIABLE_INSTANCE_CREATE, HistoryEventTypes.VARIABLE_INSTANCE_UPDATE,
            HistoryEventTypes.VARIABLE_INSTANCE_MIGRATE, HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL,
            HistoryEventTypes.VARIABLE_INSTANCE_DELETE, HistoryEventTypes.FORM_PROPERTY_UPDATE,
            HistoryEventTypes.IDENTITY_LINK_ADD, HistoryEventTypes.IDENTITY_LINK_DELETE);

    private static final Set<HistoryEventTypes> ACTIVITY = EnumSet.of(HistoryEventTypes.ACTIVITY_INSTANCE_START,
            HistoryEventTypes.ACTIVITY_INSTANCE_UPDATE, HistoryEventTypes.ACTIVITY_INSTANCE_END);

    @Override
    public int getId() {
        return ID;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
        if (NOT_KEPT.contains(eventType)) {
            return false;
        }
        return !ACTIVITY.contains(eventType) || !atUserTask(entity);
    }

    /** Asked without an entity ("could this kind be produced?"), the answer is yes: other activities are kept. */
    private static boolean atUserTask(Object entity) {
        if (entity instanceof PvmExecutionImpl execution) {
            ActivityImpl activity = execution.getActivity();
            return activity != null && activity.getActivityBehavior() instanceof UserTaskActivityBehavior;
        }
        return false;
    }

    /** Registers the level with the engine before it resolves {@code camunda.bpm.history-level}. */
    @Component
    static class Registration extends AbstractProcessEnginePlugin {

        private final MachineryHistoryLevel level;

        Registration(MachineryHistoryLevel level) {
            this.level = level;
        }

        @Override
        public void preInit(ProcessEngineConfigurationImpl configuration) {
            register(configuration, level);
        }
    }

    /** Adds {@code level} to the engine's custom levels (also used by the benchmark's bare engine). */
    public static void register(ProcessEngineConfigurationImpl configuration, MachineryHistoryLevel level) {
        if (configuration.getCustomHistoryLevels() == null) {
            configuration.setCustomHistoryLevels(new ArrayList<>());
        }
        configuration.getCustomHistoryLevels().add(level);
    }
}
