package db.migration;

import cn.zhifa.shared.process.MachineryHistoryLevel;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Moves a database the engine has already used to the history level {@value MachineryHistoryLevel#NAME} (decision
 * 0036): the engine stores its level in {@code ACT_GE_PROPERTY} and refuses to start when the configured one differs.
 * On a new database Flyway runs before the engine creates its tables, so there is nothing to move; the engine then
 * stores the configured level itself. The history already written stays.
 */
public class V392__EngineHistoryLevel extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        if (!engineTablesExist(c)) {
            return;
        }
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE ACT_GE_PROPERTY SET VALUE_ = ? WHERE NAME_ = 'historyLevel'")) {
            update.setString(1, Integer.toString(MachineryHistoryLevel.ID));
            update.executeUpdate();
        }
    }

    private static boolean engineTablesExist(Connection c) throws Exception {
        for (String name : new String[] {"ACT_GE_PROPERTY", "act_ge_property"}) {
            try (ResultSet tables = c.getMetaData().getTables(c.getCatalog(), null, name, new String[] {"TABLE"})) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
