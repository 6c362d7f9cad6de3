package cn.zhifa.support;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Chooses the database for integration tests: {@code -Dzhifa.test.db=mariadb} (the MariaDB suite, profile
 * {@code mysql} with ZHIFA_DB_URL) or the in-memory H2 default. {@link IntegrationTest} asserts that the database
 * in use is the one asked for, so the MariaDB suite can never silently run on H2.
 */
public class TestDatabase implements ActiveProfilesResolver {


    public static boolean mariadb() {
        return "mariadb".equals(System.getProperty("zhifa.test.db"));
    }

    @Override
    public String[] resolve(Class<?> testClass) {
        return new String[] {"test", mariadb() ? "mysql" : "h2test"};
    }
}
