package db.migration;

import cn.zhifa.record.RecordCanonical;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Moves the stage history written before the record existed into the hash chain (one entry per old row, in the old
 * order, origin "migration"), so existing cases keep their timeline and verify from their first action. V53 then
 * drops the old table.
 */
public class V51__ChainStageHistory extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (PreparedStatement read = c.prepareStatement("SELECT case_id, from_stage, to_stage, action, actor_id, "
                + "occurred_at, comment FROM case_stage_history ORDER BY case_id, id");
                PreparedStatement insert = c.prepareStatement("INSERT INTO case_record (case_id, seq, action, stage, "
                        + "actor_id, occurred_at, origin_ip, origin_client, summary, details, prev_hash, entry_hash) "
                        + "VALUES (?, ?, ?, ?, ?, ?, NULL, 'migration', ?, ?, ?, ?)");
                PreparedStatement head = c.prepareStatement(
                        "INSERT INTO case_record_head (case_id, last_seq, last_hash) VALUES (?, ?, ?)");
                ResultSet rs = read.executeQuery()) {
            long caseId = -1;
            long seq = 0;
            String prev = RecordCanonical.GENESIS;
            while (rs.next()) {
                long id = rs.getLong(1);
                if (id != caseId) {
                    if (caseId != -1) {
                        addHead(head, caseId, seq, prev);
                    }
                    caseId = id;
                    seq = 0;
                    prev = RecordCanonical.GENESIS;
                }
                seq++;
                String from = rs.getString(2);
                String to = rs.getString(3);
                String action = rs.getString(4);
                long actor = rs.getLong(5);
                Long actorId = rs.wasNull() ? null : actor;
                LocalDateTime at = rs.getTimestamp(6).toLocalDateTime().truncatedTo(ChronoUnit.SECONDS);
                String comment = rs.getString(7);
                java.util.Map<String, Object> d = new java.util.LinkedHashMap<>();
                if (from == null || !from.equals(to)) {
                    d.put("fromStage", from);
                    d.put("toStage", to);
                }
                String details = RecordCanonical.details(d);
                String hash = RecordCanonical.hash(prev, RecordCanonical.entry(caseId, seq, action, to, actorId, at,
                        null, "migration", comment, details));
                insert.setLong(1, caseId);
                insert.setLong(2, seq);
                insert.setString(3, action);
                insert.setString(4, to);
                if (actorId == null) {
                    insert.setNull(5, java.sql.Types.BIGINT);
                } else {
                    insert.setLong(5, actorId);
                }
                insert.setTimestamp(6, Timestamp.valueOf(at));
                insert.setString(7, comment);
                insert.setString(8, details);
                insert.setString(9, prev);
                insert.setString(10, hash);
                insert.executeUpdate();
                prev = hash;
            }
            if (caseId != -1) {
                addHead(head, caseId, seq, prev);
            }
        }
    }

    private static void addHead(PreparedStatement head, long caseId, long seq, String hash) throws Exception {
        head.setLong(1, caseId);
        head.setLong(2, seq);
        head.setString(3, hash);
        head.executeUpdate();
    }
}
