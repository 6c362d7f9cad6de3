package cn.zhifa.document;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import cn.zhifa.support.MutableClock;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A unit's sheet (the unit as its documents print it, its latest templates) is kept by the node between transactions
 * while fresh (decision 0043): a change made elsewhere — another node's upload, a unit edited in the database — is seen
 * once {@link UnitSheets#FRESH} of the application's clock has passed, never later; an upload on this node is seen by
 * the first transaction after its commit. Time moved by the clock, never by sleeping.
 */
@IntegrationTest
class UnitSheetsIT {

    @Autowired UnitSheets sheets;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired CaseFiles f;
    @Autowired PlatformTransactionManager txm;

    @AfterEach
    void realTime() {
        clock.set(Instant.now());
    }

    @Test
    void aChangeElsewhereIsSeenOnceTheSheetIsNoLongerFreshAndThisNodesUploadAtOnce() {
        clock.set(Instant.now());
        String code = "sheet-" + System.nanoTime();
        jdbc.update("INSERT INTO org_unit (code, name, kind, case_number_prefix, phone) VALUES (?, '测试执法队', 'TEAM', "
                + "'测', '010-1')", code);
        long unit = jdbc.queryForObject("SELECT id FROM org_unit WHERE code = ?", Long.class, code);
        assertThat(sheets.of(unit).unit().phone()).isEqualTo("010-1");
        assertThat(sheets.of(unit).latest()).isEmpty();

        // another node uploads a template; the unit's telephone is changed in the database
        template(unit, 1);
        jdbc.update("UPDATE org_unit SET phone = '010-2' WHERE id = ?", unit);
        clock.set(clock.instant().plus(UnitSheets.FRESH).minusSeconds(1));
        assertThat(sheets.of(unit).latest()).as("still fresh").isEmpty();
        assertThat(sheets.of(unit).unit().phone()).isEqualTo("010-1");
        clock.set(clock.instant().plusSeconds(1));
        assertThat(sheets.of(unit).latest().get("HEARING_NOTICE").version).isEqualTo(1);
        assertThat(sheets.of(unit).unit().phone()).isEqualTo("010-2");

        // a clock that went back: read again
        template(unit, 2);
        clock.set(clock.instant().minusSeconds(5));
        assertThat(sheets.of(unit).latest().get("HEARING_NOTICE").version).isEqualTo(2);

        // an upload on this node: seen by the next transaction after its commit, with no time passing
        new TransactionTemplate(txm).executeWithoutResult(s -> {
            template(unit, 3);
            sheets.forget(unit);
            assertThat(sheets.of(unit).latest().get("HEARING_NOTICE").version).as("its own transaction reads it")
                    .isEqualTo(3);
        });
        assertThat(sheets.of(unit).latest().get("HEARING_NOTICE").version).isEqualTo(3);
        jdbc.update("DELETE FROM doc_template WHERE unit_id = ?", unit);
        sheets.forget(unit);
        assertThat(sheets.of(unit).latest()).isEmpty();
    }

    private void template(long unit, int version) {
        jdbc.update("INSERT INTO doc_template (unit_id, doc_type, version, file_name, sha256, size_bytes, storage_path, "
                + "uploaded_by, uploaded_at) VALUES (?, 'HEARING_NOTICE', ?, 't.docx', ?, 1, 'sha256/00/00/x', ?, ?)",
                unit, version, "0".repeat(64), f.actor("admin").userId(), Timestamp.valueOf(LocalDateTime.now()));
    }
}
