package cn.zhifa.record;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.record.internal.HeadRow;
import cn.zhifa.record.internal.RecordRow;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** V51 moves the stage history written before the record existed into an intact chain; V53 drops the old table. */
class LegacyHistoryMigrationTest {

    @Test
    void oldHistoryBecomesAnIntactChainPerCase() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:legacy-history;MODE=MySQL;DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration", "classpath:db/vendor/h2")
                .target("50").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        jdbc.update("INSERT INTO org_unit (id, code, name, kind, case_number_prefix) VALUES (1, 'u', '队', 'TEAM', '朝')");
        jdbc.update("INSERT INTO app_user (id, username, password_hash, display_name, unit_id, created_at) "
                + "VALUES (7, 'o', 'x', '王强', 1, ?)", Timestamp.valueOf(LocalDateTime.of(2026, 1, 1, 8, 0)));
        for (long c = 1; c <= 2; c++) {
            jdbc.update("INSERT INTO case_file (id, unit_id, procedure_type, stage, lead_source, lead_summary, "
                    + "discovered_date, registered_by, registered_at) VALUES (?, 1, 'ORDINARY', 'FILING_APPROVAL', "
                    + "'INSPECTION', '占道', '2026-01-02', 7, '2026-01-02 09:00:00')", c);
            jdbc.update("INSERT INTO case_stage_history (case_id, from_stage, to_stage, action, actor_id, occurred_at, "
                    + "comment) VALUES (?, NULL, 'VERIFICATION', 'LEAD_REGISTERED', 7, '2026-01-02 09:00:00.750', "
                    + "'占道\"经营\"')", c);
            jdbc.update("INSERT INTO case_stage_history (case_id, from_stage, to_stage, action, actor_id, occurred_at, "
                    + "comment) VALUES (?, 'VERIFICATION', 'FILING_APPROVAL', 'VERIFIED_TO_FILE', NULL, "
                    + "'2026-01-03 10:00:00', NULL)", c);
        }
        Flyway.configure().dataSource(ds).locations("classpath:db/migration", "classpath:db/vendor/h2").load()
                .migrate();

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                + "WHERE UPPER(TABLE_NAME) = 'CASE_STAGE_HISTORY'", Integer.class)).isZero();
        for (long c = 1; c <= 2; c++) {
            List<RecordRow> rows = jdbc.query("SELECT * FROM case_record WHERE case_id = ? ORDER BY seq", (rs, i) -> {
                RecordRow r = new RecordRow();
                r.caseId = rs.getLong("case_id");
                r.seq = rs.getLong("seq");
                r.action = rs.getString("action");
                r.stage = rs.getString("stage");
                long actor = rs.getLong("actor_id");
                r.actorId = rs.wasNull() ? null : actor;
                r.at = rs.getTimestamp("occurred_at").toLocalDateTime();
                r.originIp = rs.getString("origin_ip");
                r.originClient = rs.getString("origin_client");
                r.summary = rs.getString("summary");
                r.details = rs.getString("details");
                r.prevHash = rs.getString("prev_hash");
                r.entryHash = rs.getString("entry_hash");
                return r;
            }, c);
            assertThat(rows).extracting(r -> r.action).containsExactly("LEAD_REGISTERED", "VERIFIED_TO_FILE");
            assertThat(rows.get(0).prevHash).isEqualTo(RecordCanonical.GENESIS);
            assertThat(rows.get(0).summary).isEqualTo("占道\"经营\"");
            assertThat(rows.get(0).originClient).isEqualTo("migration");
            assertThat(rows.get(1).details).isEqualTo("{\"fromStage\":\"VERIFICATION\",\"toStage\":\"FILING_APPROVAL\"}");
            HeadRow head = jdbc.queryForObject("SELECT last_seq, last_hash FROM case_record_head WHERE case_id = ?",
                    (rs, i) -> {
                        HeadRow h = new HeadRow();
                        h.lastSeq = rs.getLong(1);
                        h.lastHash = rs.getString(2);
                        return h;
                    }, c);
            assertThat(RecordService.checkChain(rows, head)).isNull();
        }
    }
}
