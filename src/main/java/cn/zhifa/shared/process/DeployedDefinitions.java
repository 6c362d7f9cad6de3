package cn.zhifa.shared.process;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.producer.CacheAwareHistoryEventProducer;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionManager;
import org.springframework.stereotype.Component;

/**
 * Answers the engine's look-up of a process definition by id from its deployment cache (decision 0042). Each command
 * that touches an instance — a task's completion, a start — reads the definition's row by id (one
 * {@code SELECT * FROM ACT_RE_PROCDEF WHERE ID_ = ?}) only to copy onto the parsed definition it already holds the
 * fields that may change after deployment: suspension, history time to live. Zhifa never changes them (no screen or
 * service suspends a model or edits its time to live), so the parsed definition is answered as it is; a definition not
 * parsed yet on this node (the first use after a start) is still read and parsed as the engine does. A change made
 * through the engine's API on this node updates the cached definition itself; one made on another node would be seen
 * here only after a restart.
 */
@Component
class DeployedDefinitions extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomSessionFactories() == null) {
            configuration.setCustomSessionFactories(new ArrayList<>());
        }
        configuration.getCustomSessionFactories().add(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return ProcessDefinitionManager.class;
            }

            @Override
            public Session openSession() {
                return new CachedDefinitions();
            }
        });
        configuration.setHistoryEventProducer(new CachedDefinitionsHistory());
    }

    private static ProcessDefinitionEntity parsed(String definitionId) {
        return Context.getProcessEngineConfiguration().getDeploymentCache().findProcessDefinitionFromCache(definitionId);
    }

    /** The engine's manager of definitions, whose look-up by id falls back on the deployment cache. */
    static class CachedDefinitions extends ProcessDefinitionManager {

        @Override
        public ProcessDefinitionEntity getCachedResourceDefinitionEntity(String definitionId) {
            ProcessDefinitionEntity inCommand = super.getCachedResourceDefinitionEntity(definitionId);
            return inCommand != null ? inCommand : parsed(definitionId);
        }
    }

    /**
     * The engine's history producer, naming an event's definition (key, name, version — fixed at deployment) from the
     * deployment cache: the engine's own producer looks for it among the rows its command has read, which the manager
     * above no longer reads.
     */
    static class CachedDefinitionsHistory extends CacheAwareHistoryEventProducer {

        @Override
        protected ProcessDefinitionEntity getProcessDefinitionEntity(String processDefinitionId) {
            ProcessDefinitionEntity parsed = parsed(processDefinitionId);
            return parsed != null ? parsed : super.getProcessDefinitionEntity(processDefinitionId);
        }
    }
}
