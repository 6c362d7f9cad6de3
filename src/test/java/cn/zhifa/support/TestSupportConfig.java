package cn.zhifa.support;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import javax.sql.DataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

@TestConfiguration(proxyBeanMethods = false)
public class TestSupportConfig {

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(Instant.now(), ZoneId.of("Asia/Shanghai"));
    }

    /** Counts the statements sent (StepStatementsIT); in the shared context so that test needs no context of its own. */
    @Bean
    static SqlCounter sqlCounter() {
        return new SqlCounter();
    }

    @Bean
    CaseFiles caseFiles(cn.zhifa.casefile.CaseFileService cases, cn.zhifa.casefile.CaseWorkflowService workflow,
            cn.zhifa.tasks.InboxService inbox, cn.zhifa.organization.OrganizationService organization, Clock clock,
            cn.zhifa.deliberation.DeliberationService deliberations,
            cn.zhifa.organization.DiscretionBenchmarkService benchmarks) {
        return new CaseFiles(cases, workflow, inbox, organization, clock, deliberations, benchmarks);
    }

    /** Fails the context when the MariaDB suite would run on anything but MariaDB/MySQL. */
    @Bean
    Object databaseGuard(DataSource dataSource) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName();
            String url = c.getMetaData().getURL();
            boolean mysql = url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:");
            if (TestDatabase.mariadb() != mysql) {
                throw new IllegalStateException("Test database mismatch: asked for "
                        + System.getProperty("zhifa.test.db") + " but connected to " + product + " at " + url);
            }
            return product;
        }
    }
}
