package db.migration;

import cn.zhifa.evidence.EvidenceFileNames;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Renames stored evidence whose name is not normal (e.g. {@code 现场照片..jpg}, which made the case's record export
 * fail for good) to its normalised name, keeping the name it was uploaded under in {@code original_file_name}. The
 * file's bytes, hash and record entries do not change (the record's EVIDENCE_ADDED entry keeps the original name), so
 * every case exports and verifies again.
 */
public class V116__NormaliseEvidenceFileNames extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (PreparedStatement read = c.prepareStatement("SELECT id, file_name FROM evidence ORDER BY id");
                PreparedStatement update = c.prepareStatement(
                        "UPDATE evidence SET file_name = ?, original_file_name = COALESCE(original_file_name, ?) "
                                + "WHERE id = ?");
                ResultSet rs = read.executeQuery()) {
            while (rs.next()) {
                String name = rs.getString(2);
                String normal = EvidenceFileNames.normalise(name);
                if (!normal.equals(name)) {
                    update.setString(1, normal);
                    update.setString(2, name);
                    update.setLong(3, rs.getLong(1));
                    update.addBatch();
                }
            }
            update.executeBatch();
        }
    }
}
