package cn.zhifa.shared.process;

import cn.zhifa.shared.ProcessStarts;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * {@link ProcessStarts} by the definitions this node deployed (decision 0042): the latest version of each key is
 * resolved once, when {@link ProcessDeployer} has deployed the models, so a start is answered by the engine's
 * deployment cache instead of a query for the key's latest version each time. A key not resolved (a start before the
 * deployment ran) is started by key, as the engine does.
 */
@Component
class DeployedProcessStarts implements ProcessStarts {

    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final Map<String, String> deployed = new ConcurrentHashMap<>();

    DeployedProcessStarts(RuntimeService runtime, RepositoryService repository) {
        this.runtime = runtime;
        this.repository = repository;
    }

    @Override
    public String start(String key, String businessKey, Map<String, Object> variables) {
        String id = deployed.get(key);
        ProcessInstance started = id == null ? runtime.startProcessInstanceByKey(key, businessKey, variables)
                : runtime.startProcessInstanceById(id, businessKey, variables);
        return started.getId();
    }

    @Override
    public String definitionOf(String key) {
        return deployed.get(key);
    }

    /** After a deployment: the latest version of every key is the one this node starts. */
    void resolve() {
        Map<String, String> latest = new java.util.HashMap<>();
        for (ProcessDefinition d : repository.createProcessDefinitionQuery().latestVersion().list()) {
            latest.put(d.getKey(), d.getId());
        }
        deployed.clear();
        deployed.putAll(latest);
    }
}
