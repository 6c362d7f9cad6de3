package cn.zhifa.bench;

import cn.zhifa.casefile.process.OrdinaryProcedure;
import cn.zhifa.shared.process.MachineryHistoryLevel;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;

/**
 * A bare Camunda engine on its own database: the same ordinary-procedure BPMN with a no-op archive delegate and no
 * domain store, and the reference linear 15-user-task process. Settings match the application's engine where they
 * matter (UUID ids, READ COMMITTED, no job executor) except the history: the engine's default (level {@code full},
 * removal time at the end), or the application's (level {@code zhifa}, no removal time) with {@code
 * -Dbench.bareHistory=zhifa} (decisions 0036 and 0038; both ratios are reported).
 */
final class BareEngine implements AutoCloseable {

    static final String REFERENCE_KEY = "reference-15";
    static final int REFERENCE_TASKS = 15;

    /** The bare engine's history level: {@code full} (Camunda's default) unless {@code -Dbench.bareHistory} says. */
    static final String HISTORY = System.getProperty("bench.bareHistory", "full");

    final HikariDataSource dataSource;
    final ProcessEngine engine;
    final RuntimeService runtime;
    final TaskService tasks;

    BareEngine(BenchConfig cfg, int poolSize) throws Exception {
        Databases.recreate(cfg, cfg.bareDatabase());
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(cfg.url(cfg.bareDatabase()));
        hc.setUsername(cfg.user());
        hc.setPassword(cfg.password());
        hc.setMaximumPoolSize(poolSize);
        hc.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        hc.setPoolName("bare-engine");
        dataSource = new HikariDataSource(hc);

        StandaloneProcessEngineConfiguration c = new StandaloneProcessEngineConfiguration();
        c.setProcessEngineName("bench-bare");
        c.setDataSource(dataSource);
        c.setDatabaseSchemaUpdate("true");
        c.setHistory(HISTORY);
        MachineryHistoryLevel.register(c, new MachineryHistoryLevel());
        if (MachineryHistoryLevel.NAME.equals(HISTORY)) { // the application's history settings (0036, 0038)
            c.setHistoryRemovalTimeStrategy(ProcessEngineConfiguration.HISTORY_REMOVAL_TIME_STRATEGY_NONE);
            c.setHistoryCleanupStrategy(ProcessEngineConfiguration.HISTORY_CLEANUP_STRATEGY_END_TIME_BASED);
        }
        c.setIdGenerator(new StrongUuidGenerator());
        c.setJobExecutorActivate(false);
        c.setEnforceHistoryTimeToLive(true);
        JavaDelegate noop = execution -> {
        };
        Map<Object, Object> beans = new HashMap<>();
        beans.put("archiveCaseDelegate", noop);
        c.setBeans(beans);
        engine = c.buildProcessEngine();
        runtime = engine.getRuntimeService();
        tasks = engine.getTaskService();

        try (InputStream in = BareEngine.class.getClassLoader().getResourceAsStream(OrdinaryProcedure.RESOURCE)) {
            engine.getRepositoryService().createDeployment().name("bench")
                    .addInputStream(OrdinaryProcedure.RESOURCE, in)
                    .addModelInstance("reference-15.bpmn", referenceModel()).deploy();
        }
    }

    /** A linear process of 15 user tasks and nothing else. */
    static BpmnModelInstance referenceModel() {
        AbstractFlowNodeBuilder<?, ?> b = Bpmn.createExecutableProcess(REFERENCE_KEY).camundaHistoryTimeToLive(180)
                .startEvent("start");
        for (int i = 1; i <= REFERENCE_TASKS; i++) {
            b = b.userTask("task" + i).name("Task " + i);
        }
        return b.endEvent("end").done();
    }

    /** The same path as {@link OurThroughput#runCase}: start, then 11 completions with the gateway variables. */
    void runOrdinary(int n) {
        String pi = runtime.startProcessInstanceByKey(OrdinaryProcedure.PROCESS_KEY, "bare-" + n,
                Map.of(OrdinaryProcedure.VAR_CASE_ID, (long) n, OrdinaryProcedure.VAR_UNIT_ID, 1L)).getId();
        int done = 0;
        for (Task t = open(pi); t != null; t = open(pi)) {
            tasks.complete(t.getId(), gatewayVariables(t.getTaskDefinitionKey()));
            done++;
        }
        if (done != OurThroughput.COMPLETIONS_PER_CASE) {
            throw new IllegalStateException("bare instance " + pi + " completed " + done + " tasks");
        }
    }

    void runReference(int n) {
        String pi = runtime.startProcessInstanceByKey(REFERENCE_KEY, "ref-" + n).getId();
        int done = 0;
        for (Task t = open(pi); t != null; t = open(pi)) {
            tasks.complete(t.getId());
            done++;
        }
        if (done != REFERENCE_TASKS) {
            throw new IllegalStateException("reference instance " + pi + " completed " + done + " tasks");
        }
    }

    private Task open(String processInstanceId) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult();
    }

    static Map<String, Object> gatewayVariables(String taskKey) {
        Map<String, Object> v = new HashMap<>();
        switch (taskKey) {
            case OrdinaryProcedure.TASK_APPROVE_FILING -> v.put(OrdinaryProcedure.VAR_FILING_APPROVED, true);
            case OrdinaryProcedure.TASK_CASE_REVIEW -> {
                v.put(OrdinaryProcedure.VAR_REVIEW_APPROVED, true);
                v.put(OrdinaryProcedure.VAR_NOTICE_REQUIRED, true);
            }
            case OrdinaryProcedure.TASK_STATEMENT_DEFENCE -> {
                v.put(OrdinaryProcedure.VAR_HEARING_REQUESTED, false);
                v.put(OrdinaryProcedure.VAR_LEGAL_REVIEW_REQUIRED, false);
                v.put(OrdinaryProcedure.VAR_DELIBERATION_REQUIRED, false);
            }
            case OrdinaryProcedure.TASK_DECISION -> v.put(OrdinaryProcedure.VAR_TRANSFER, false);
            case OrdinaryProcedure.TASK_CLOSING_APPROVAL -> v.put(OrdinaryProcedure.VAR_CLOSING_APPROVED, true);
            default -> {
            }
        }
        return v;
    }

    @Override
    public void close() {
        engine.close();
        dataSource.close();
    }
}
