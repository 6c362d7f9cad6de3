package cn.zhifa.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.casefile.process.CaseClockProcess;
import cn.zhifa.casefile.process.DeadlineTimers;
import cn.zhifa.casefile.process.OrdinaryProcedure;
import cn.zhifa.record.RecordService;
import cn.zhifa.shared.ProcessStarts;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import cn.zhifa.support.MutableClock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A registration writes each of its rows once and reads none of them back (decision 0042): what it writes without the
 * reads must be what the reads would have given — the first task's due date, the clock's first moment, the clock's id
 * on the case, a record chain started without a head — and the engine starts the definitions this node deployed.
 */
@IntegrationTest
class RegistrationWritesIT {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Autowired CaseFiles f;
    @Autowired MutableClock clock;
    @Autowired CaseClockService caseClock;
    @Autowired DeadlineTimers timers;
    @Autowired RuntimeService runtime;
    @Autowired RepositoryService repository;
    @Autowired ManagementService management;
    @Autowired ProcessStarts starts;
    @Autowired RecordService records;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void realTime() {
        clock.resetWithEngine();
    }

    @Test
    void whatARegistrationWritesWithoutReadingBackIsWhatTheReadsGive() {
        clock.setWithEngine(LocalDateTime.of(2026, 1, 5, 9, 0));
        CaseFile c = f.aLead();

        // the first task carries the verification deadline (15 working days: Mon 26 Jan) from its insert
        CaseDeadline verification = caseClock.deadlines(f.actor("officer1"), c.id()).stream()
                .filter(d -> d.kind() == DeadlineKind.VERIFICATION).findFirst().orElseThrow();
        assertThat(verification.due()).isEqualTo(LocalDate.of(2026, 1, 26));
        assertThat(f.openTask(c.id()).dueDate()).isEqualTo(verification.due());

        // the clock: started with the case, its id written with the case row, its first moment the stored deadlines'
        ProcessInstance clockInstance = runtime.createProcessInstanceQuery()
                .processDefinitionKey(CaseClockProcess.PROCESS_KEY).processInstanceBusinessKey("clock:" + c.id())
                .singleResult();
        assertThat(jdbc.queryForObject("SELECT clock_process_id FROM case_file WHERE id = ?", String.class, c.id()))
                .isEqualTo(clockInstance.getId());
        Date firstMoment = management.createJobQuery().processInstanceId(clockInstance.getId()).timers()
                .singleResult().getDuedate();
        assertThat(firstMoment).isEqualTo(timers.nextCheckAt((Object) c.id()))
                .isEqualTo(Date.from(LocalDateTime.of(2026, 1, 21, 8, 30).atZone(CHINA).toInstant()));
        assertThat(runtime.getVariable(clockInstance.getId(), CaseClockProcess.VAR_FIRST_CHECK))
                .as("the first moment is transient: not stored with the clock").isNull();

        // the record: a chain from its genesis, in the stage the case was created in, sealed and verifiable
        List<Map<String, Object>> entries = jdbc.queryForList(
                "SELECT seq, action, stage FROM case_record WHERE case_id = ? ORDER BY seq", c.id());
        assertThat(entries).first().satisfies(e -> {
            assertThat(((Number) e.get("seq")).longValue()).isEqualTo(1);
            assertThat(e.get("action")).isEqualTo("LEAD_REGISTERED");
        });
        assertThat(entries).extracting(e -> e.get("stage")).containsOnly(CaseStage.VERIFICATION.name());
        assertThat(jdbc.queryForObject("SELECT last_seq FROM case_record_head WHERE case_id = ?", Long.class, c.id()))
                .isEqualTo(entries.size());
        assertThat(records.verify(f.actor("head1"), c.id()).ok()).isTrue();
    }

    @Test
    void theEngineStartsTheDefinitionsThisNodeDeployed() {
        CaseFile c = f.aLead();
        for (String key : List.of(OrdinaryProcedure.PROCESS_KEY, CaseClockProcess.PROCESS_KEY)) {
            assertThat(starts.definitionOf(key)).isEqualTo(repository.createProcessDefinitionQuery()
                    .processDefinitionKey(key).latestVersion().singleResult().getId());
        }
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(c.processInstanceId()).singleResult()
                .getProcessDefinitionId()).isEqualTo(starts.definitionOf(OrdinaryProcedure.PROCESS_KEY));
        assertThat(starts.definitionOf("no-such-model")).isNull();
    }
}
