package cn.zhifa.shared.process;

import cn.zhifa.shared.Freshness;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 * Answers the engine's look-up of a process definition by id from its deployment cache while the parsed definition
 * is fresh (decision 0042). Each command that touches an instance — a task's completion, a start — reads the
 * definition's row by id (one {@code SELECT * FROM ACT_RE_PROCDEF WHERE ID_ = ?}) only to copy onto the parsed
 * definition it already holds the fields that may change after deployment: suspension and history time to live. Zhifa
 * changes neither; an operator could, in the engine's Cockpit. So the row is read, as the engine does, at most once
 * every {@link #FRESH} (by the application's clock) per definition, and the parsed definition answers in between: a
 * suspension made on any node is honoured by every node within that time. A definition not parsed yet on this node
 * (the first use after a start) is read and parsed as the engine does.
 */
@Component
class DeployedDefinitions extends AbstractProcessEnginePlugin {

    /** How long a parsed definition answers look-ups after its row was last read. */
    static final Duration FRESH = Freshness.WINDOW;

    private final Clock clock;
    /** When each definition's row was last read for the parsed one (by id). */
    private final Map<String, Instant> refreshed = new ConcurrentHashMap<>();

    DeployedDefinitions(Clock clock) {
        this.clock = clock;
    }

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
                return new CachedDefinitions(DeployedDefinitions.this);
            }
        });
        configuration.setHistoryEventProducer(new CachedDefinitionsHistory());
    }

    private static ProcessDefinitionEntity parsed(String definitionId) {
        return Context.getProcessEngineConfiguration().getDeploymentCache().findProcessDefinitionFromCache(definitionId);
    }

    /**
     * The parsed definition while fresh; else null, marking it read now: the engine then reads the row and copies its
     * changeable fields onto the parsed definition. A clock that went back counts as not fresh.
     */
    ProcessDefinitionEntity fresh(String definitionId) {
        ProcessDefinitionEntity parsed = parsed(definitionId);
        if (parsed == null) {
            return null;
        }
        Instant now = clock.instant();
        Instant last = refreshed.get(definitionId);
        if (Freshness.fresh(last, now)) {
            return parsed;
        }
        refreshed.put(definitionId, now);
        return null;
    }

    /** The engine's manager of definitions, whose look-up by id is answered by the fresh parsed definition. */
    static class CachedDefinitions extends ProcessDefinitionManager {

        private final DeployedDefinitions definitions;

        CachedDefinitions(DeployedDefinitions definitions) {
            this.definitions = definitions;
        }

        @Override
        public ProcessDefinitionEntity getCachedResourceDefinitionEntity(String definitionId) {
            ProcessDefinitionEntity inCommand = super.getCachedResourceDefinitionEntity(definitionId);
            return inCommand != null ? inCommand : definitions.fresh(definitionId);
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
