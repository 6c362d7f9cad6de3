package cn.zhifa.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The read-scale data of an earlier run, found again ({@code -Dbench.reuse=true}): the benchmark units with their
 * users, and the samples the searches use, taken from the open cases as the loader takes them (the first in id order
 * with a case number, with a three-character name, with a name starting 望京).
 */
final class LoadedScale {

    private LoadedScale() {
    }

    /**
     * Fills {@code units} from the database and returns {caseNo, personPrefix, tradeFragment}, or null when the
     * database holds no benchmark units; refuses a database loaded with other sizes.
     */
    static String[] restore(Connection c, BenchConfig cfg, List<ReadScale.BenchUnit> units) throws SQLException {
        try (Statement s = c.createStatement();
                PreparedStatement users = c.prepareStatement(
                        "SELECT id, username FROM app_user WHERE unit_id = ? ORDER BY username")) {
            List<Object[]> found = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT id, case_number_prefix FROM org_unit WHERE code LIKE 'BENCH-%' "
                    + "ORDER BY code")) {
                while (rs.next()) {
                    found.add(new Object[] {rs.getLong(1), rs.getString(2)});
                }
            }
            if (found.isEmpty()) {
                return null;
            }
            for (Object[] u : found) {
                units.add(unit(users, (Long) u[0], (String) u[1]));
            }
            String ids = units.stream().map(u -> String.valueOf(u.id())).reduce((a, b) -> a + "," + b).orElseThrow();
            long cases = scalarLong(s, "SELECT COUNT(*) FROM case_file WHERE unit_id IN (" + ids + ")");
            long expected = (long) cfg.openTasks() + cfg.closedCases();
            if (cases != expected || units.size() != cfg.units()) {
                throw new IllegalStateException(String.format("%s holds %,d benchmark cases in %d units, not %,d in %d:"
                        + " run without -Dbench.reuse=true to load it again", cfg.database(), cases, units.size(),
                        expected, cfg.units()));
            }
            long firstOpen = scalarLong(s, "SELECT MIN(case_id) FROM task_inbox WHERE unit_id IN (" + ids + ")");
            String from = " FROM case_file WHERE id >= " + firstOpen;
            String caseNo = scalar(s, "SELECT case_no" + from + " AND case_no IS NOT NULL ORDER BY id LIMIT 1");
            String person = scalar(s, "SELECT party_name" + from + " AND CHAR_LENGTH(party_name) = 3 "
                    + "ORDER BY id LIMIT 1");
            String trade = scalar(s, "SELECT party_name" + from + " AND party_name LIKE '望京%' ORDER BY id LIMIT 1");
            return new String[] {caseNo, person.substring(0, 2), trade.substring(2, 5)};
        }
    }

    /** A unit's officers, team leader, heads and reviewer by their benchmark user names (bench_uNN_...). */
    private static ReadScale.BenchUnit unit(PreparedStatement users, long unitId, String prefix) throws SQLException {
        List<Long> officers = new ArrayList<>();
        List<Long> heads = new ArrayList<>();
        long leader = 0;
        long reviewer = 0;
        users.setLong(1, unitId);
        try (ResultSet rs = users.executeQuery()) {
            while (rs.next()) {
                String role = rs.getString(2).substring("bench_u00_".length());
                long id = rs.getLong(1);
                if (role.startsWith("o")) {
                    officers.add(id);
                } else if (role.startsWith("head")) {
                    heads.add(id);
                } else if (role.equals("leader")) {
                    leader = id;
                } else if (role.equals("reviewer")) {
                    reviewer = id;
                }
            }
        }
        return new ReadScale.BenchUnit(unitId, prefix, officers, leader, heads, reviewer);
    }

    private static String scalar(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            if (!rs.next() || rs.getString(1) == null) {
                throw new IllegalStateException("no sample for " + sql);
            }
            return rs.getString(1);
        }
    }

    private static long scalarLong(Statement s, String sql) throws SQLException {
        return Long.parseLong(scalar(s, sql));
    }
}
