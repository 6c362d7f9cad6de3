package cn.zhifa.shared;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.PriorityOrdered;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Transactions on MySQL and MariaDB begin with {@code START TRANSACTION} on a connection that stays in autocommit mode,
 * instead of {@code SET autocommit=0} … {@code COMMIT} … {@code SET autocommit=1}: one statement less per transaction,
 * on every transaction of the application (decision 0039). The pool's connections keep autocommit on, so a read outside
 * a transaction costs nothing more. A connection handed out by the data source answers {@code setAutoCommit(false)} by
 * opening an explicit transaction and reporting autocommit off; {@code commit()} and {@code rollback()} end it with
 * {@code COMMIT} and {@code ROLLBACK} (the driver refuses both in autocommit mode); after them, the next statement made
 * on the connection opens the next transaction, as JDBC's manual-commit mode would; {@code setAutoCommit(true)} commits
 * what is open; a connection closed with a transaction open rolls it back before it goes back to the pool. Only the
 * application's pool (Hikari) on a {@code jdbc:mysql:} URL is wrapped: H2 (the embedded default) is left as it is, and
 * {@code zhifa.db.explicit-transactions=false} switches this off.
 */
@Configuration(proxyBeanMethods = false)
class ExplicitTransactions {

    /**
     * First of the post-processors (its declared type says so), so that whatever else wraps the pool (a test's
     * statement counter) wraps this.
     */
    @Bean
    static Wrapper explicitTransactionDataSource(Environment env) {
        return new Wrapper(env);
    }

    record Wrapper(Environment env) implements BeanPostProcessor, PriorityOrdered {

        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
            if (bean instanceof HikariDataSource pool && applies(env)) {
                return new ExplicitDataSource(pool);
            }
            return bean;
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }

    static boolean applies(Environment env) {
        String url = env.getProperty("spring.datasource.url", "");
        return url.startsWith("jdbc:mysql:") && env.getProperty("zhifa.db.explicit-transactions", Boolean.class, true);
    }

    /** The pool, each of its connections wrapped. */
    static final class ExplicitDataSource extends DelegatingDataSource {

        ExplicitDataSource(DataSource pool) {
            super(pool);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return wrap(obtainTargetDataSource().getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return wrap(obtainTargetDataSource().getConnection(username, password));
        }

        private static Connection wrap(Connection target) {
            return (Connection) Proxy.newProxyInstance(ExplicitTransactions.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, new Handler(target));
        }
    }

    /** One connection's state: the caller's manual-commit mode and whether a transaction is open on the server. */
    static final class Handler implements InvocationHandler {

        private final Connection target;
        /** The caller asked for autocommit off (and the connection was in autocommit mode). */
        private boolean manual;
        /** {@code START TRANSACTION} sent and not yet ended. */
        private boolean open;

        Handler(Connection target) {
            this.target = target;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "setAutoCommit":
                    setAutoCommit((Boolean) args[0]);
                    return null;
                case "getAutoCommit":
                    return manual ? Boolean.FALSE : target.getAutoCommit();
                case "commit":
                    if (!manual) {
                        break;
                    }
                    end("COMMIT");
                    return null;
                case "rollback":
                    if (!manual || args != null) {
                        break; // a savepoint's rollback stays inside the open transaction
                    }
                    end("ROLLBACK");
                    return null;
                case "createStatement", "prepareStatement", "prepareCall":
                    if (manual && !open) {
                        begin();
                    }
                    break;
                case "close":
                    try {
                        if (open) {
                            end("ROLLBACK");
                        }
                    } finally {
                        manual = false;
                        open = false;
                        target.close(); // back to the pool even when the rollback failed (a broken connection)
                    }
                    return null;
                case "unwrap":
                    if (((Class<?>) args[0]).isInstance(proxy)) {
                        return proxy;
                    }
                    break;
                case "isWrapperFor":
                    if (((Class<?>) args[0]).isInstance(proxy)) {
                        return Boolean.TRUE;
                    }
                    break;
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "toString":
                    return "ExplicitTransactions(" + target + ")";
                default:
                    break;
            }
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        private void setAutoCommit(boolean on) throws SQLException {
            if (on) {
                if (manual) {
                    if (open) {
                        end("COMMIT"); // JDBC: switching autocommit on commits the open transaction
                    }
                    manual = false;
                    return;
                }
                target.setAutoCommit(true);
                return;
            }
            if (manual) {
                return;
            }
            if (!target.getAutoCommit()) {
                target.setAutoCommit(false); // a connection already in manual mode: nothing to change
                return;
            }
            manual = true;
            begin();
        }

        private void begin() throws SQLException {
            run("START TRANSACTION");
            open = true;
        }

        private void end(String sql) throws SQLException {
            if (!open) {
                return; // nothing ran since the last end: nothing to end
            }
            open = false;
            run(sql);
        }

        private void run(String sql) throws SQLException {
            try (Statement s = target.createStatement()) {
                s.execute(sql);
            }
        }
    }
}
