package cn.zhifa.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a statement reads and writes, as the transaction's read cache sees it (decision 0034). */
class SchemaTablesTest {

    private final SchemaTables schema = SchemaTables.fromMigrations();

    @Test
    void theMigrationsNameTheTablesAndTheViewsStandForTheirTables() {
        assertThat(schema.tables()).contains("case_file", "case_handler", "app_user", "task_inbox", "sv_finding");
        assertThat(schema.views()).contains("v_casefile_case", "v_casefile_handler", "v_organization_user");
        assertThat(schema.reads("SELECT stage FROM v_casefile_case WHERE id = ?")).containsExactly("case_file");
        assertThat(schema.reads("SELECT h.case_id, u.display_name FROM case_handler h JOIN v_organization_user u "
                + "ON u.id = h.user_id WHERE h.case_id = ?")).contains("case_handler", "app_user");
    }

    @Test
    void aViewOverAViewStandsForTheTablesUnderBoth() {
        SchemaTables s = new SchemaTables(Set.of("a", "b", "c"),
                Map.of("v_one", "select x from a join b on a.id = b.id", "v_two", "select * from v_one, c",
                        "v_three", "select * from v_one x join v_one y on x.x = y.x"));
        assertThat(s.reads("SELECT * FROM v_two")).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(s.reads("SELECT * FROM v_three")).as("a view read twice").containsExactlyInAnyOrder("a", "b");
        assertThat(s.views()).containsExactlyInAnyOrder("v_one", "v_two", "v_three");
        SchemaTables engine = new SchemaTables(Set.of("a"), Map.of("v_task", "select * from a join act_ru_task t",
                "v_over", "select * from v_task join a"));
        assertThat(engine.reads("SELECT * FROM v_task")).as("a view over the engine's tables").isNull();
        assertThat(engine.reads("SELECT * FROM v_over")).as("and a view over that one").isNull();
    }

    @Test
    void aWriteOfAParentChangesTheTablesItsDeletesCascadeTo() {
        SchemaTables s = new SchemaTables(Set.of("a", "b", "c", "d"), Map.of(),
                Map.of("a", Set.of("b"), "b", Set.of("c")));
        assertThat(s.writes("DELETE FROM a WHERE id = ?")).as("through b to c").containsExactlyInAnyOrder("a", "b", "c");
        assertThat(s.writes("UPDATE d SET x = 1")).containsExactly("d");
    }

    @Test
    void readsThatLockOrDependOnMoreThanTheirTablesAreNeverKept() {
        assertThat(schema.reads("SELECT seq FROM doc_number_seq WHERE unit_id = ? FOR UPDATE")).isNull();
        assertThat(schema.reads("SELECT id FROM case_file WHERE id = ? LOCK IN SHARE MODE")).isNull();
        assertThat(schema.reads("select * from ACT_RU_TASK where ID_ = ?")).isNull();
        assertThat(schema.reads("SELECT c.act_date, c.act_end_date FROM case_file c WHERE c.id = ?"))
                .as("our columns named act_… are not the engine's tables").containsExactly("case_file");
        assertThat(schema.reads("SELECT COUNT(*) FROM case_deadline WHERE due_date < CURRENT_DATE")).isNull();
        assertThat(schema.reads("SELECT NOW()")).isNull();
        assertThat(schema.reads("SELECT 1")).isNull(); // no known table: nothing to forget it by
    }

    @Test
    void aWriteChangesItsTargetAndOnlyItWhereThatIsCertain() {
        assertThat(schema.writes("INSERT INTO task_inbox_handler (task_id, user_id) SELECT t.task_id, h.user_id\n"
                + "    FROM task_inbox t JOIN v_casefile_handler h ON h.case_id = t.case_id")).containsExactly(
                        "task_inbox_handler");
        assertThat(schema.writes("UPDATE case_file\n  SET stage = ? WHERE id IN (SELECT case_id FROM case_party)"))
                .containsExactly("case_file");
        assertThat(schema.writes("DELETE FROM task_inbox WHERE task_id = ?"))
                .as("the handlers' queue cascades from the inbox (V391)")
                .containsExactlyInAnyOrder("task_inbox", "task_inbox_handler");
        assertThat(schema.writes("DELETE FROM task_inbox_handler WHERE task_id = ?"))
                .containsExactly("task_inbox_handler");
        assertThat(schema.writes("INSERT INTO case_stage_tally (unit_id, stage, cases) VALUES (?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE cases = cases + VALUES(cases)")).containsExactly("case_stage_tally");
        assertThat(schema.writes("DELETE FROM case_party WHERE case_id IN (SELECT c.id FROM case_file c JOIN x)"))
                .as("a subquery reads, it does not write").containsExactly("case_party");
        // not certain (several tables, or an unknown one): every kept result is forgotten
        assertThat(schema.writes("UPDATE case_file c JOIN case_party p ON p.case_id = c.id SET c.party_name = p.name"))
                .isNull();
        assertThat(schema.writes("UPDATE case_file, case_party SET case_file.party_name = case_party.name")).isNull();
        assertThat(schema.writes("DELETE p FROM case_party p JOIN case_file c ON c.id = p.case_id")).isNull();
        assertThat(schema.writes("UPDATE no_such_table SET x = 1")).isNull();
        assertThat(schema.writes("TRUNCATE TABLE case_file")).isNull();
    }
}
