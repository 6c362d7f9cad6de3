package cn.zhifa.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The read-scale benchmark's closed cases loaded inside MariaDB ({@code -Dbench.closedLoader=sql}): {@code INSERT …
 * SELECT} from the Sequence engine's {@code seq_a_to_b} tables, one chunk a statement, committed each chunk. The rows
 * have the shapes of {@link ReadScale}'s Java loader (stage ARCHIVED ~95 % / NOT_FILED ~5 %, registered over ten
 * years to 120 days ago in id order, random unit, {@link PartyNames}' shares, LEAD and ASSIST handlers for the filed
 * ones); every draw is a 16-bit slice of an MD5 of the sequence number, so a run is deterministic.
 */
final class ClosedCasesLoader {

    /** Rows a statement ({@code -Dbench.closedChunk}, default 500 k). */
    private static final int CHUNK = Integer.getInteger("bench.closedChunk", 500_000);
    private static final String[] SOURCES = {"INSPECTION", "COMPLAINT", "HOTLINE_12345", "REFERRAL", "VIDEO_PATROL"};
    /** Surname buckets: a draw modulo this many picks the bucket, buckets hold the surnames by their share. */
    private static final int SURNAME_BUCKETS = 1000;

    private ClosedCasesLoader() {
    }

    /**
     * Inserts {@code closed} closed cases with ids {@code firstId ..} and their handlers; returns the last case
     * number per "unitId/year" so the Java loader numbers its open cases on from there.
     */
    static Map<String, Integer> load(Connection c, int closed, List<ReadScale.BenchUnit> units, List<Long> items,
            long firstId, PartyNames names) throws SQLException {
        LocalDateTime now = LocalDateTime.now().withNano(0);
        LocalDateTime tenYearsAgo = now.minusYears(10);
        long span = Duration.between(tenYearsAgo, now.minusDays(120)).getSeconds();
        try (Statement s = c.createStatement()) {
            helperTables(c, s, units, items, names);
            String insertCases = casesSql(closed, firstId, items.size(),
                    tenYearsAgo.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")), span);
            String insertHandlers = handlersSql(firstId);
            long t0 = System.nanoTime();
            for (long from = 1; from <= closed; from += CHUNK) {
                long to = Math.min(closed, from + CHUNK - 1);
                long firstRow = firstId + from - 1;
                long lastRow = firstId + to - 1;
                s.executeUpdate(insertCases.replace("{from}", String.valueOf(from))
                        .replace("{to}", String.valueOf(to)));
                s.executeUpdate(insertHandlers.replace("{first}", String.valueOf(firstRow))
                        .replace("{last}", String.valueOf(lastRow)));
                s.executeUpdate("INSERT INTO bench_cl_seq (unit_idx, yr, last) SELECT u.idx, c.case_year, "
                        + "MAX(c.case_seq) FROM case_file c JOIN bench_cl_unit u ON u.unit_id = c.unit_id "
                        + "WHERE c.id BETWEEN " + firstRow + " AND " + lastRow + " AND c.case_seq IS NOT NULL "
                        + "GROUP BY u.idx, c.case_year ON DUPLICATE KEY UPDATE last = VALUES(last)");
                c.commit();
                double sec = (System.nanoTime() - t0) / 1e9;
                System.out.printf("[bench] closed cases (sql): %,d / %,d in %.0f s (%,.0f cases/s)%n", to, closed, sec,
                        to / sec);
            }
            Map<String, Integer> last = new HashMap<>();
            try (ResultSet rs = s.executeQuery("SELECT u.unit_id, q.yr, q.last FROM bench_cl_seq q "
                    + "JOIN bench_cl_unit u ON u.idx = q.unit_idx")) {
                while (rs.next()) {
                    last.put(rs.getLong(1) + "/" + rs.getInt(2), rs.getInt(3));
                }
            }
            s.execute("DROP TEMPORARY TABLE bench_cl_unit, bench_cl_officer, bench_cl_surname, bench_cl_item, "
                    + "bench_cl_seq");
            c.commit();
            return last;
        }
    }

    /** Small session tables the statements join: units, officers, surname buckets, items, last case number. */
    private static void helperTables(Connection c, Statement s, List<ReadScale.BenchUnit> units, List<Long> items,
            PartyNames names) throws SQLException {
        s.execute("CREATE TEMPORARY TABLE bench_cl_unit (idx INT PRIMARY KEY, unit_id BIGINT NOT NULL, "
                + "prefix VARCHAR(20) NOT NULL, officers INT NOT NULL)");
        s.execute("CREATE TEMPORARY TABLE bench_cl_officer (unit_idx INT NOT NULL, k INT NOT NULL, "
                + "user_id BIGINT NOT NULL, PRIMARY KEY (unit_idx, k), UNIQUE KEY (user_id))");
        s.execute("CREATE TEMPORARY TABLE bench_cl_surname (k INT PRIMARY KEY, name VARCHAR(4) NOT NULL)");
        s.execute("CREATE TEMPORARY TABLE bench_cl_item (k INT PRIMARY KEY, item_id BIGINT NOT NULL)");
        s.execute("CREATE TEMPORARY TABLE bench_cl_seq (unit_idx INT NOT NULL, yr INT NOT NULL, last INT NOT NULL, "
                + "PRIMARY KEY (unit_idx, yr))");
        try (PreparedStatement unit = c.prepareStatement("INSERT INTO bench_cl_unit VALUES (?, ?, ?, ?)");
                PreparedStatement officer = c.prepareStatement("INSERT INTO bench_cl_officer VALUES (?, ?, ?)");
                PreparedStatement surname = c.prepareStatement("INSERT INTO bench_cl_surname VALUES (?, ?)");
                PreparedStatement item = c.prepareStatement("INSERT INTO bench_cl_item VALUES (?, ?)")) {
            for (int u = 0; u < units.size(); u++) {
                ReadScale.BenchUnit bu = units.get(u);
                unit.setInt(1, u);
                unit.setLong(2, bu.id());
                unit.setString(3, bu.prefix());
                unit.setInt(4, bu.officers().size());
                unit.addBatch();
                for (int k = 0; k < bu.officers().size(); k++) {
                    officer.setInt(1, u);
                    officer.setInt(2, k);
                    officer.setLong(3, bu.officers().get(k));
                    officer.addBatch();
                }
            }
            for (int k = 0; k < SURNAME_BUCKETS; k++) {
                surname.setInt(1, k);
                surname.setString(2, PartyNames.SURNAMES[names.surname((k + 0.5) / SURNAME_BUCKETS)]);
                surname.addBatch();
            }
            for (int k = 0; k < items.size(); k++) {
                item.setInt(1, k);
                item.setLong(2, items.get(k));
                item.addBatch();
            }
            unit.executeBatch();
            officer.executeBatch();
            surname.executeBatch();
            item.executeBatch();
        }
        c.commit();
    }

    /** A uniform draw in 0..65535: the {@code i}-th 4-hex-digit slice of hash column {@code h}. */
    private static String draw(String h, int i) {
        return "CONV(SUBSTRING(" + h + ", " + (1 + 4 * i) + ", 4), 16, 10)";
    }

    private static String elt(String draw, String[] values) {
        return "ELT(1 + " + draw + " % " + values.length + ", " + Stream.of(values).map(v -> "'" + v + "'")
                .collect(Collectors.joining(", ")) + ")";
    }

    private static String oneOf(String draw, String chars) {
        return "SUBSTRING('" + chars + "', 1 + " + draw + " % " + chars.length() + ", 1)";
    }

    /**
     * One chunk of cases ({from}..{to} of the sequence): the inner query draws every field from two hashes, the
     * window numbers the filed ones per unit and year on from the previous chunks' last number.
     */
    private static String casesSql(int closed, long firstId, int itemCount, String tenYearsAgo, long span) {
        String party = "IF(" + draw("x.h2", 0) + " % 100 < " + PartyNames.COMPANY_PERCENT + ", CONCAT("
                + elt(draw("x.h2", 1), PartyNames.CITIES) + ", " + oneOf(draw("x.h2", 2), PartyNames.TRADE) + ", "
                + oneOf(draw("x.h2", 3), PartyNames.TRADE) + ", " + elt(draw("x.h2", 4), PartyNames.INDUSTRY) + ", "
                + elt(draw("x.h2", 5), PartyNames.FORM) + "), CONCAT(sn.name, "
                + oneOf(draw("x.h2", 2), PartyNames.GIVEN) + ", " + oneOf(draw("x.h2", 3), PartyNames.GIVEN) + "))";
        String registered = "(TIMESTAMP '" + tenYearsAgo + "' + INTERVAL ((x.seq - 1) * " + span + " DIV " + closed
                + ") SECOND)";
        String draws = "SELECT x.seq + " + (firstId - 1) + " AS id, " + draw("x.h1", 0) + " % bu.n AS u, "
                + draw("x.h1", 1) + " % 100 >= 5 AS filed, " + registered + " AS reg, "
                + draw("x.h1", 2) + " % 3 AS dj, 1 + " + draw("x.h1", 3) + " % 5 AS fj, 30 + " + draw("x.h1", 4)
                + " % 60 AS cj, " + elt(draw("x.h1", 5), SOURCES) + " AS src, 1 + " + draw("x.h1", 6)
                + " % 300 AS loc, " + (itemCount == 0 ? "NULL" : draw("x.h1", 7) + " % " + itemCount) + " AS item, "
                + party + " AS party, " + draw("x.h2", 6) + " AS lead, " + draw("x.h2", 7) + " AS assist "
                + "FROM (SELECT seq, MD5(CONCAT('a', seq)) AS h1, MD5(CONCAT('b', seq)) AS h2 "
                + "FROM seq_{from}_to_{to}) x JOIN (SELECT COUNT(*) AS n FROM bench_cl_unit) bu "
                + "JOIN bench_cl_surname sn ON sn.k = " + draw("x.h2", 1) + " % " + SURNAME_BUCKETS;
        String numbered = "SELECT b.*, YEAR(DATE(b.reg) + INTERVAL b.fj DAY) AS yr, ROW_NUMBER() OVER (PARTITION BY "
                + "b.filed, b.u, YEAR(DATE(b.reg) + INTERVAL b.fj DAY) ORDER BY b.id) AS rn FROM (" + draws + ") b";
        String no = "r.rn + COALESCE(q.last, 0)";
        return "INSERT INTO case_file (id, case_no, case_year, case_seq, unit_id, procedure_type, stage, lead_source, "
                + "lead_summary, location, item_id, party_name, act_date, discovered_date, filed_date, closed_date, "
                + "archived_at, registered_by, registered_at, version) "
                + "SELECT r.id, IF(r.filed, CONCAT(u.prefix, '立字〔', r.yr, '〕第', LPAD(" + no + ", GREATEST(4, "
                + "CHAR_LENGTH(" + no + ")), '0'), '号'), NULL), IF(r.filed, r.yr, NULL), IF(r.filed, " + no
                + ", NULL), u.unit_id, 'ORDINARY', IF(r.filed, 'ARCHIVED', 'NOT_FILED'), r.src, "
                + "CONCAT('巡查发现占道经营：', r.party), CONCAT('朝阳路', r.loc, '号'), i.item_id, r.party, "
                + "DATE(r.reg) - INTERVAL r.dj DAY, DATE(r.reg) - INTERVAL r.dj DAY, "
                + "IF(r.filed, DATE(r.reg) + INTERVAL r.fj DAY, NULL), DATE(r.reg) + INTERVAL r.cj DAY, "
                + "IF(r.filed, r.reg + INTERVAL 90 DAY, NULL), o.user_id, r.reg, 3 "
                + "FROM (" + numbered + ") r JOIN bench_cl_unit u ON u.idx = r.u "
                + "JOIN bench_cl_officer o ON o.unit_idx = r.u AND o.k = r.lead % u.officers "
                + "LEFT JOIN bench_cl_item i ON i.k = r.item "
                + "LEFT JOIN bench_cl_seq q ON q.unit_idx = r.u AND q.yr = r.yr AND r.filed "
                + "ORDER BY r.id";
    }

    /**
     * The LEAD (the case's registering officer) and an ASSIST (another officer of the unit, drawn from the same hash
     * slice as the case insert's) of each filed case in ids {first}..{last}, LEAD first.
     */
    private static String handlersSql(long firstId) {
        String assistDraw = draw("MD5(CONCAT('b', c.id - " + (firstId - 1) + "))", 7);
        return "INSERT INTO case_handler (case_id, user_id, role) "
                + "SELECT c.id, IF(r.role = 'LEAD', c.registered_by, o2.user_id), r.role "
                + "FROM case_file c STRAIGHT_JOIN bench_cl_officer o1 ON o1.user_id = c.registered_by "
                + "STRAIGHT_JOIN bench_cl_unit u ON u.idx = o1.unit_idx "
                + "STRAIGHT_JOIN bench_cl_officer o2 ON o2.unit_idx = o1.unit_idx "
                + "AND o2.k = (o1.k + 1 + " + assistDraw + " % (u.officers - 1)) % u.officers "
                + "STRAIGHT_JOIN (SELECT 'LEAD' AS role UNION ALL SELECT 'ASSIST') r "
                + "WHERE c.id BETWEEN {first} AND {last} AND c.stage = 'ARCHIVED' "
                // in key order as the Java loader inserts them (the join buffer's order would split pages)
                + "ORDER BY c.id, r.role DESC";
    }
}
