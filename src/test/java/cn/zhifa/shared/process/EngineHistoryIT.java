package cn.zhifa.shared.process;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.CaseStage;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import db.migration.V392__EngineHistoryLevel;
import java.sql.Connection;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The engine's history level {@code zhifa} (decision 0036): a whole case leaves the engine's history of its process
 * instance and of its machinery, and nothing of its user tasks, candidates or variables — those are in the case record,
 * which has an entry for every step; a candidate group reaches the inbox without an engine link. No history row gets
 * a removal time (decision 0038).
 */
@IntegrationTest
class EngineHistoryIT {

    @Autowired CaseFiles f;
    @Autowired JdbcTemplate jdbc;
    @Autowired ProcessEngine engine;
    @Autowired DataSource dataSource;

    @Test
    void theEngineKeepsItsMachineryAndTheRecordKeepsTheSteps() {
        assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getHistoryLevel()
                .getName()).isEqualTo(MachineryHistoryLevel.NAME);
        assertThat(jdbc.queryForObject("SELECT VALUE_ FROM ACT_GE_PROPERTY WHERE NAME_ = 'historyLevel'",
                String.class)).isEqualTo(String.valueOf(MachineryHistoryLevel.ID));

        CaseFile c = f.aFiledCase();
        // the open task's group is in the inbox, and the engine holds no candidate link for it
        assertThat(f.openTask(c.id()).candidateGroup()).isEqualTo("HANDLER");
        String pi = jdbc.queryForObject("SELECT PROC_INST_ID_ FROM ACT_RU_TASK WHERE ID_ = ?", String.class,
                f.openTask(c.id()).taskId());
        assertThat(count("SELECT COUNT(*) FROM ACT_RU_IDENTITYLINK l JOIN ACT_RU_TASK t ON t.ID_ = l.TASK_ID_ "
                + "WHERE t.PROC_INST_ID_ = ?", pi)).isZero();

        CaseFile archived = f.anArchivedCase();
        assertThat(archived.stage()).isEqualTo(CaseStage.ARCHIVED);
        String done = jdbc.queryForObject("SELECT ID_ FROM ACT_HI_PROCINST WHERE BUSINESS_KEY_ = ? AND "
                + "END_TIME_ IS NOT NULL", String.class, String.valueOf(archived.id()));
        assertThat(count("SELECT COUNT(*) FROM ACT_HI_ACTINST WHERE ROOT_PROC_INST_ID_ = ?", done)).isPositive();
        for (String table : new String[] {"ACT_HI_TASKINST", "ACT_HI_VARINST", "ACT_HI_DETAIL",
                "ACT_HI_IDENTITYLINK"}) {
            assertThat(count("SELECT COUNT(*) FROM " + table + " WHERE ROOT_PROC_INST_ID_ = ?", done)).as(table)
                    .isZero();
        }
        // no removal time: the case's end rewrote no history table (0038); a cleanup would go by the end time
        ProcessEngineConfigurationImpl cfg = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(cfg.getHistoryRemovalTimeStrategy()).isEqualTo("none");
        assertThat(cfg.getHistoryCleanupStrategy()).isEqualTo("endTimeBased");
        for (String table : new String[] {"ACT_HI_PROCINST", "ACT_HI_ACTINST"}) {
            assertThat(count("SELECT COUNT(*) FROM " + table + " WHERE ROOT_PROC_INST_ID_ = ?", done)).as(table)
                    .isPositive();
            assertThat(count("SELECT COUNT(*) FROM " + table + " WHERE ROOT_PROC_INST_ID_ = ? AND REMOVAL_TIME_ IS "
                    + "NOT NULL", done)).as(table).isZero();
        }
        // the machinery is kept: the archive service task and the end; no user task
        assertThat(jdbc.queryForList("SELECT ACT_TYPE_ FROM ACT_HI_ACTINST WHERE PROC_INST_ID_ = ?", String.class,
                done)).contains("serviceTask", "noneEndEvent").doesNotContain("userTask");
        // the steps are the record's: one entry per completed task, each naming its task
        long tasksDone = count("SELECT COUNT(*) FROM task_done WHERE case_id = ?", archived.id());
        assertThat(tasksDone).isGreaterThanOrEqualTo(11);
        assertThat(count("SELECT COUNT(DISTINCT task_id) FROM task_done WHERE case_id = ?", archived.id()))
                .isEqualTo(tasksDone);
        assertThat(count("SELECT COUNT(*) FROM case_record WHERE case_id = ?", archived.id()))
                .isGreaterThan(tasksDone);
    }

    @Test
    void theMigrationMovesADatabaseTheEngineHasUsed() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (var s = c.createStatement()) {
                    s.executeUpdate("UPDATE ACT_GE_PROPERTY SET VALUE_ = '3' WHERE NAME_ = 'historyLevel'");
                }
                new V392__EngineHistoryLevel().migrate(context(c));
                try (var s = c.createStatement();
                        var r = s.executeQuery("SELECT VALUE_ FROM ACT_GE_PROPERTY WHERE NAME_ = 'historyLevel'")) {
                    assertThat(r.next()).isTrue();
                    assertThat(r.getString(1)).isEqualTo(String.valueOf(MachineryHistoryLevel.ID));
                }
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }

    private static Context context(Connection c) {
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return c;
            }
        };
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}
