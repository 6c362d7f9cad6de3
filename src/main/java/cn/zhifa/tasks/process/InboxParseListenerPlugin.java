package cn.zhifa.tasks.process;

import java.util.ArrayList;
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

/** Attaches {@link InboxTaskListener} to every user task of every deployed model, so no model can forget it. */
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
                def.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, listener);
                def.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, listener);
                def.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, listener);
                def.addBuiltInTaskListener(TaskListener.EVENTNAME_DELETE, listener);
            }
        });
    }
}
