package cn.zhifa.tasks.process;

import java.util.ArrayList;
import java.util.Set;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Attaches {@link InboxTaskListener} to every user task of every deployed model, so no model can forget it. A task's
 * candidate group written as a plain name is taken off the engine's task definition and handed to the listener: the
 * inbox row holds it (decision 0002), and the engine need not write, read and delete a candidate link per task
 * (decision 0036). A group given as an expression stays with the engine and is read from the task's candidates.
 */
@Component
public class InboxParseListenerPlugin extends AbstractProcessEnginePlugin {

    private final InboxTaskListener listener;

    public InboxParseListenerPlugin(InboxTaskListener listener) {
        this.listener = listener;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                TaskDefinition def = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                String group = plainGroup(def.getCandidateGroupIdExpressions());
                if (group != null) {
                    def.getCandidateGroupIdExpressions().clear();
                }
                def.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, task -> listener.created(task, group));
                def.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, listener);
                def.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, listener);
                def.addBuiltInTaskListener(TaskListener.EVENTNAME_DELETE, listener);
            }
        });
    }

    /** The one candidate group named without an expression, or null (none, several, or an expression). */
    static String plainGroup(Set<Expression> groups) {
        if (groups.size() != 1) {
            return null;
        }
        String text = groups.iterator().next().getExpressionText();
        return text == null || text.isBlank() || text.contains("${") || text.contains("#{") || text.contains(",")
                ? null : text.trim();
    }
}
