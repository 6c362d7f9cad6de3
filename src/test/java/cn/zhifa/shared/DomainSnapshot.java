package cn.zhifa.shared;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Row count and content checksum of every domain table (our tables, not the engine's), computed in the database in one
 * query, so a test can prove that a refused request changed nothing. Tables that legitimately change on a read or a
 * failed login (the case record's "case opened" entries, the login log and throttling state) are named and left out.
 */
public final class DomainSnapshot {

    private final JdbcTemplate jdbc;
    private final String sql;
    private final List<String> tables;

    public DomainSnapshot(DataSource dataSource, Set<String> excluded) throws Exception {
        this.jdbc = new JdbcTemplate(dataSource);
        Map<String, List<String>> columns = new LinkedHashMap<>();
        boolean mysql;
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData md = c.getMetaData();
            mysql = md.getURL().startsWith("jdbc:mysql:") || md.getURL().startsWith("jdbc:mariadb:");
            String catalog = mysql ? c.getCatalog() : null;
            String schema = mysql ? null : "PUBLIC";
            try (ResultSet rs = md.getTables(catalog, schema, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String t = rs.getString("TABLE_NAME");
                    String lower = t.toLowerCase(Locale.ROOT);
                    if (lower.startsWith("act_") || lower.startsWith("flyway") || excluded.contains(lower)) {
                        continue;
                    }
                    columns.put(t, new ArrayList<>());
                }
            }
            for (String t : columns.keySet()) {
                try (ResultSet rs = md.getColumns(catalog, schema, t, "%")) {
                    while (rs.next()) {
                        int type = rs.getInt("DATA_TYPE");
                        boolean binary = type == java.sql.Types.BLOB || type == java.sql.Types.LONGVARBINARY
                                || type == java.sql.Types.VARBINARY || type == java.sql.Types.BINARY;
                        // a binary column (a document's .docx) by the hash of its bytes: it has no text to cast to
                        columns.get(t).add((binary ? "#" : "") + rs.getString("COLUMN_NAME"));
                    }
                }
            }
        }
        List<String> parts = new ArrayList<>();
        for (var e : columns.entrySet()) {
            StringBuilder concat = new StringBuilder("CONCAT_WS('|'");
            for (String col : e.getValue()) {
                if (col.startsWith("#")) {
                    String c = q(col.substring(1), mysql);
                    concat.append(", COALESCE(").append(mysql ? "SHA2(" + c + ", 256)"
                            : "RAWTOHEX(HASH('SHA-256', CAST(" + c + " AS VARBINARY)))").append(", '~')");
                    continue;
                }
                concat.append(", COALESCE(CAST(").append(q(col, mysql)).append(mysql ? " AS CHAR)" : " AS VARCHAR)").append(", '~')");
            }
            concat.append(')');
            String hash = mysql ? "CRC32(" + concat + ")" : "ORA_HASH(" + concat + ")";
            parts.add("SELECT '" + e.getKey() + "' AS t, COUNT(*) AS n, COALESCE(SUM(" + hash + "), 0) AS h FROM "
                    + q(e.getKey(), mysql));
        }
        this.sql = String.join(" UNION ALL ", parts);
        this.tables = List.copyOf(columns.keySet());
    }

    private static String q(String identifier, boolean mysql) {
        return mysql ? "`" + identifier + "`" : "\"" + identifier + "\"";
    }

    public List<String> tables() {
        return tables;
    }

    /** table → "rows:checksum". */
    public Map<String, String> take() {
        Map<String, String> out = new LinkedHashMap<>();
        jdbc.query(sql, rs -> {
            out.put(rs.getString("t"), rs.getLong("n") + ":" + rs.getString("h"));
        });
        return out;
    }
}
