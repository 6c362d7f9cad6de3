package cn.zhifa.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/** Plain JDBC helpers: fresh databases, server facts, statement counters. */
final class Databases {
    private Databases() {
    }

    static Connection connect(BenchConfig cfg, String url) throws SQLException {
        return DriverManager.getConnection(url, cfg.user(), cfg.password());
    }

    /** Drops and re-creates a database (utf8mb4): every run starts empty. */
    static void recreate(BenchConfig cfg, String db) throws SQLException {
        if (!db.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("bad database name " + db);
        }
        try (Connection c = connect(cfg, cfg.serverUrl()); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + db);
            s.execute("CREATE DATABASE " + db + " CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci");
        }
    }

    static String scalar(BenchConfig cfg, String sql) throws SQLException {
        try (Connection c = connect(cfg, cfg.serverUrl()); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** Server-wide statement counters (Com_select, Com_insert, ...); deltas around a single-threaded run. */
    static Map<String, Long> statementCounters(BenchConfig cfg) throws SQLException {
        Map<String, Long> m = new LinkedHashMap<>();
        try (Connection c = connect(cfg, cfg.serverUrl()); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SHOW GLOBAL STATUS WHERE Variable_name IN ('Com_select','Com_insert',"
                        + "'Com_update','Com_delete','Com_begin','Com_commit','Com_set_option','Questions')")) {
            while (rs.next()) {
                m.put(rs.getString(1), rs.getLong(2));
            }
        }
        return m;
    }

    static Map<String, Long> delta(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> d = new LinkedHashMap<>();
        before.forEach((k, v) -> d.put(k, after.get(k) - v));
        return d;
    }
}
