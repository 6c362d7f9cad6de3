package cn.zhifa.production;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Scratch databases on the local MariaDB (root, empty password unless ZHIFA_DB_USER/ZHIFA_DB_PASSWORD say else). */
final class LocalMariaDb {

    static final String HOST = System.getenv().getOrDefault("ZHIFA_DB_HOST", "127.0.0.1");
    static final String USER = System.getenv().getOrDefault("ZHIFA_DB_USER", "root");
    static final String PASSWORD = System.getenv().getOrDefault("ZHIFA_DB_PASSWORD", "");

    /**
     * One record seal key for every node this test JVM starts (the {@code mysql} profile refuses to start without
     * one; a restored installation verifies its seals only with the key that made them).
     */
    static final String SEAL_KEY = sealKey();

    private LocalMariaDb() {
    }

    private static String sealKey() {
        try {
            return java.util.Base64.getEncoder().encodeToString(java.security.KeyPairGenerator.getInstance("Ed25519")
                    .generateKeyPair().getPrivate().getEncoded());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String url(String database) {
        return "jdbc:mysql://" + HOST + ":3306/" + database + "?useUnicode=true&characterEncoding=utf8"
                + "&sendFractionalSeconds=false&nullDatabaseMeansCurrent=true&allowPublicKeyRetrieval=true&useSSL=false"
                + "&rewriteBatchedStatements=true&useServerPrepStmts=true&cachePrepStmts=true&useLocalSessionState=true";
    }

    static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database), USER, PASSWORD);
    }

    static String create(String prefix) throws SQLException {
        String name = prefix + "_" + Long.toString(System.currentTimeMillis(), 36);
        try (Connection c = connect(""); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        return name;
    }

    static void drop(String name) {
        try (Connection c = connect(""); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
        } catch (SQLException e) {
            System.err.println("could not drop " + name + ": " + e);
        }
    }
}
