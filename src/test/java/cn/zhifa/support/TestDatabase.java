package cn.zhifa.support;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Chooses the database for integration tests: {@code -Dzhifa.test.db=mariadb} (the MariaDB suite, profile
 * {@code mysql} with ZHIFA_DB_URL) or the in-memory H2 default. {@link IntegrationTest} asserts that the database
 * in use is the one asked for, so the MariaDB suite can never silently run on H2.
 */
public class TestDatabase implements ActiveProfilesResolver {

    /**
     * One store root per test JVM (application-test.properties: {@code zhifa.evidence.root=${zhifa.test.store}}): the
     * contexts of one JVM share one database, so they must share the files that database names (evidence, documents),
     * or a check over every case (the operators' integrity check) finds another context's files missing. A new root
     * per JVM keeps one suite's tampering tests away from the next suite.
     */
    static {
        if (System.getProperty("zhifa.test.store") == null) {
            System.setProperty("zhifa.test.store", System.getProperty("java.io.tmpdir") + "/zhifa-evidence-it/"
                    + java.util.UUID.randomUUID());
        }
    }

    public static boolean mariadb() {
        return "mariadb".equals(System.getProperty("zhifa.test.db"));
    }

    @Override
    public String[] resolve(Class<?> testClass) {
        return new String[] {"test", mariadb() ? "mysql" : "h2test"};
    }
}
