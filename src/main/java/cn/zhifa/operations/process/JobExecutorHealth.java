package cn.zhifa.operations.process;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health of the Camunda job executor (timers, async steps): DOWN when it should run on this node but does not. A node
 * started with {@code camunda.bpm.job-execution.enabled=false} reports UP with {@code enabled=false}. Also reports
 * the jobs due now and the jobs with no retries left (incidents), which an operator watches.
 */
@Component("jobExecutorHealthIndicator")
class JobExecutorHealth implements HealthIndicator {

    private final ProcessEngine engine;
    private final boolean enabled;

    JobExecutorHealth(ProcessEngine engine, @Value("${camunda.bpm.job-execution.enabled:true}") boolean enabled) {
        this.engine = engine;
        this.enabled = enabled;
    }

    @Override
    public Health health() {
        ManagementService management = engine.getManagementService();
        JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getJobExecutor();
        long failed = management.createJobQuery().noRetriesLeft().count();
        long due = management.createJobQuery().executable().count();
        boolean active = executor != null && executor.isActive();
        Health.Builder h = enabled && !active ? Health.down() : Health.up();
        return h.withDetail("enabled", enabled).withDetail("active", active)
                .withDetail("lockOwner", executor == null ? "-" : executor.getLockOwner())
                .withDetail("jobsDue", due).withDetail("jobsWithoutRetries", failed).build();
    }
}
