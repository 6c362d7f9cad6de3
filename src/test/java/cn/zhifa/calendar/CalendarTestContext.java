package cn.zhifa.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import javax.sql.DataSource;

import org.apache.ibatis.session.SqlSessionFactory;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.mybatis.spring.SqlSessionFactoryBean;
import org.mybatis.spring.annotation.MapperScan;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.EnableTransactionManagement;

import cn.zhifa.calendar.internal.CalendarMapper;

/**
 * A small Spring context (no Spring Boot) for the calendar feature on a fresh in-memory H2 database in MySQL mode
 * (or a given database),
 * migrated by Flyway from the real migration files, with MyBatis and real {@code @Transactional} proxies.
 */
final class CalendarTestContext implements AutoCloseable {

    static final Instant NOW = Instant.parse("2025-11-05T02:00:00Z");

    private final AnnotationConfigApplicationContext context;

    private CalendarTestContext(DataSource dataSource, Class<?>... configs) {
        context = new AnnotationConfigApplicationContext();
        context.registerBean("dataSource", DataSource.class, () -> dataSource);
        context.register(configs);
        context.refresh();
    }

    /** Fresh H2 database, with the startup initializer: the official data file is seeded. */
    static CalendarTestContext seeded() {
        return new CalendarTestContext(h2(), Infrastructure.class, Startup.class);
    }

    /** Fresh H2 database, empty tables; the calendar cache starts from the data file until the first commit. */
    static CalendarTestContext empty() {
        return new CalendarTestContext(h2(), Infrastructure.class);
    }

    /** An existing database (e.g. MariaDB for the *IT tests), migrated and seeded. */
    static CalendarTestContext seededOn(DataSource dataSource) {
        return new CalendarTestContext(dataSource, Infrastructure.class, Startup.class);
    }

    private static DataSource h2() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:calendar-" + UUID.randomUUID() + ";MODE=MySQL;DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        return ds;
    }

    CalendarAdminService admin() {
        return context.getBean(CalendarAdminService.class);
    }

    WorkingDayCalendar calendar() {
        return context.getBean(WorkingDayCalendar.class);
    }

    CalendarMapper mapper() {
        return context.getBean(CalendarMapper.class);
    }

    DataSource dataSource() {
        return context.getBean(DataSource.class);
    }

    @Override
    public void close() {
        context.close();
    }

    // Not @Configuration on purpose: registered directly, so no component scan (the application's included) picks it up.
    @EnableTransactionManagement
    @MapperScan(basePackageClasses = CalendarMapper.class)
    static class Infrastructure {

        @Bean
        Flyway flyway(DataSource dataSource) {
            Flyway flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load();
            flyway.migrate();
            return flyway;
        }

        @Bean
        SqlSessionFactory sqlSessionFactory(DataSource dataSource, Flyway flyway) throws Exception {
            SqlSessionFactoryBean factory = new SqlSessionFactoryBean();
            factory.setDataSource(dataSource);
            factory.setMapperLocations(new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:cn/zhifa/**/internal/*.xml"));
            return factory.getObject();
        }

        @Bean
        PlatformTransactionManager transactionManager(DataSource dataSource) {
            return new DataSourceTransactionManager(dataSource);
        }

        @Bean
        WorkingDayCalendar workingDayCalendar() {
            return WorkingDayCalendar.officialData();
        }

        @Bean
        CalendarAdminService calendarAdminService(CalendarMapper mapper, WorkingDayCalendar calendar) {
            return new CalendarAdminService(mapper, calendar, Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")), 60);
        }
    }

    static class Startup {
        @Bean
        CalendarInitializer calendarInitializer(CalendarAdminService admin) {
            return new CalendarInitializer(admin);
        }
    }
}
