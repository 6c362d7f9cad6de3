package cn.zhifa.shared;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.ibatis.cache.CacheKey;
import org.apache.ibatis.cursor.Cursor;
import org.apache.ibatis.executor.BatchResult;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.SqlCommandType;
import org.apache.ibatis.mapping.StatementType;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.reflection.MetaObject;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.apache.ibatis.transaction.Transaction;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reads once per transaction what the transaction has not changed since (decision 0034). MyBatis keeps a
 * read's result for the rest of its session (one session a transaction) but forgets every result at any write; a step
 * writes between its reads (the case row, a record entry, a document), so the same handlers, pauses or certificates
 * were read three times in one step. Here a result is forgotten only when the transaction writes a table the read
 * depends on ({@link SchemaTables}: a view counts as its tables), at rollback and when the session closes (Spring
 * closes it before the database commits). Reads that lock, read the
 * engine's tables or call time and random functions are never kept; a write whose target cannot be told forgets
 * everything. Each hit returns a copy of the list (callers may sort or extend it). Writes made in the same transaction
 * outside MyBatis are not seen: nothing in the application does that between reads of the same rows. Setting {@code
 * zhifa.read-cache=false} turns it off (measurements).
 * <p>
 * A service that has just written a row and holds all of it may {@link #keep} it as the result of a read by id, so
 * the transaction's later readers of that row (documents, the pre-audit) do not read back what was written
 * (decision 0038). The kept result is forgotten like any other at the next write of its tables.
 */
@Component
public class TransactionReadCache implements Interceptor {

    /** Results kept per transaction, and the largest result kept. */
    static final int MAX_ENTRIES = 512;
    static final int MAX_ROWS = 2_000;

    private final boolean enabled;
    private volatile SchemaTables schema;

    /** The resource key under which a transaction's caching executor is bound while its session is open. */
    private static final Object CURRENT = new Object();

    TransactionReadCache(@Value("${zhifa.read-cache:true}") boolean enabled) {
        this.enabled = enabled;
    }

    /**
     * Keeps {@code row} as the one-row result of the read {@code statement} (a mapper's full statement id) with {@code
     * parameter}, in the current transaction's cache, as if that read had just been made: for a row the caller has
     * just written whole, and will not change again (the cache hands out the same object). Nothing happens outside a
     * transaction, with the cache off, or for a read the cache would not keep.
     */
    public static void keep(String statement, Object parameter, Object row) {
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.getResource(CURRENT) instanceof Caching caching) {
            caching.keep(statement, parameter, row);
        }
    }

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
        return invocation.proceed();
    }

    @Override
    public Object plugin(Object target) {
        if (enabled && target instanceof Executor executor) {
            Caching caching = new Caching(executor, schema());
            caching.bindToTransaction();
            return caching;
        }
        return target;
    }

    @Override
    public void setProperties(Properties properties) {
        // nothing to set
    }

    SchemaTables schema() {
        SchemaTables s = schema;
        if (s == null) {
            s = SchemaTables.fromMigrations();
            schema = s;
        }
        return s;
    }

    /** One session's executor with the results of its reads, each under the tables it depends on. */
    static final class Caching implements Executor {

        private final Executor delegate;
        private final SchemaTables schema;
        private final Map<CacheKey, Kept> kept = new LinkedHashMap<>();
        /** The statements' configuration, from the first statement run (to find a kept read's statement). */
        private Configuration configuration;
        private boolean bound;

        private record Kept(List<?> rows, Set<String> tables) {
        }

        Caching(Executor delegate, SchemaTables schema) {
            this.delegate = delegate;
            this.schema = schema;
        }

        /**
         * Bound as the transaction's cache for {@link TransactionReadCache#keep} while its session is open (MyBatis
         * opens one session a transaction): unbound when suspended by an inner transaction and when closed.
         */
        void bindToTransaction() {
            if (!TransactionSynchronizationManager.isSynchronizationActive()
                    || TransactionSynchronizationManager.hasResource(CURRENT)) {
                return;
            }
            TransactionSynchronizationManager.bindResource(CURRENT, this);
            bound = true;
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void suspend() {
                    if (bound) {
                        TransactionSynchronizationManager.unbindResourceIfPossible(CURRENT);
                    }
                }

                @Override
                public void resume() {
                    if (bound) {
                        TransactionSynchronizationManager.bindResource(CURRENT, Caching.this);
                    }
                }

                @Override
                public void afterCompletion(int status) {
                    unbind();
                }
            });
        }

        private void unbind() {
            if (bound) {
                bound = false;
                if (TransactionSynchronizationManager.getResource(CURRENT) == this) {
                    TransactionSynchronizationManager.unbindResource(CURRENT);
                }
            }
        }

        void keep(String statement, Object parameter, Object row) {
            if (configuration == null || !configuration.hasStatement(statement, false)) {
                return;
            }
            MappedStatement ms = configuration.getMappedStatement(statement, false);
            if (!cacheable(ms, Executor.NO_RESULT_HANDLER)) {
                return;
            }
            BoundSql boundSql = ms.getBoundSql(parameter);
            Set<String> tables = schema.reads(boundSql.getSql());
            if (tables != null && kept.size() < MAX_ENTRIES) {
                kept.put(delegate.createCacheKey(ms, parameter, RowBounds.DEFAULT, boundSql),
                        new Kept(List.of(row), tables));
            }
        }

        @Override
        public <E> List<E> query(MappedStatement ms, Object parameter, RowBounds rowBounds,
                ResultHandler resultHandler) throws SQLException {
            BoundSql boundSql = ms.getBoundSql(parameter);
            CacheKey key = delegate.createCacheKey(ms, parameter, rowBounds, boundSql);
            return query(ms, parameter, rowBounds, resultHandler, key, boundSql);
        }

        @Override
        @SuppressWarnings("unchecked")
        public <E> List<E> query(MappedStatement ms, Object parameter, RowBounds rowBounds,
                ResultHandler resultHandler, CacheKey key, BoundSql boundSql) throws SQLException {
            configuration = ms.getConfiguration();
            Set<String> tables = cacheable(ms, resultHandler) ? schema.reads(boundSql.getSql()) : null;
            if (tables == null) {
                if (ms.isFlushCacheRequired()) {
                    kept.clear();
                }
                return delegate.query(ms, parameter, rowBounds, resultHandler, key, boundSql);
            }
            Kept hit = kept.get(key);
            if (hit != null) {
                return new ArrayList<>((List<E>) hit.rows());
            }
            List<E> rows = delegate.query(ms, parameter, rowBounds, resultHandler, key, boundSql);
            if (rows.size() <= MAX_ROWS && kept.size() < MAX_ENTRIES) {
                kept.put(key, new Kept(new ArrayList<>(rows), tables));
            }
            return rows;
        }

        private static boolean cacheable(MappedStatement ms, ResultHandler<?> handler) {
            return ms.getSqlCommandType() == SqlCommandType.SELECT && handler == Executor.NO_RESULT_HANDLER
                    && !ms.isFlushCacheRequired() && ms.getStatementType() != StatementType.CALLABLE;
        }

        @Override
        public int update(MappedStatement ms, Object parameter) throws SQLException {
            configuration = ms.getConfiguration();
            forget(ms, parameter);
            return delegate.update(ms, parameter);
        }

        /** Forgets the results that depend on what the statement writes (all of them if that is not known). */
        private void forget(MappedStatement ms, Object parameter) {
            if (kept.isEmpty()) {
                return;
            }
            Set<String> written = schema.writes(ms, parameter);
            if (written == null) {
                kept.clear();
                return;
            }
            for (Iterator<Kept> it = kept.values().iterator(); it.hasNext();) {
                Set<String> tables = it.next().tables();
                for (String t : written) {
                    if (tables.contains(t)) {
                        it.remove();
                        break;
                    }
                }
            }
        }

        @Override
        public <E> Cursor<E> queryCursor(MappedStatement ms, Object parameter, RowBounds rowBounds)
                throws SQLException {
            return delegate.queryCursor(ms, parameter, rowBounds);
        }

        @Override
        public List<BatchResult> flushStatements() throws SQLException {
            return delegate.flushStatements();
        }

        @Override
        public void commit(boolean required) throws SQLException {
            // a Spring-managed session "commits" at the transaction's beforeCommit, before the documents and counters
            // made there read and write in the same database transaction; the session is closed before the database
            // commits (close below), so nothing kept is read after it
            delegate.commit(required);
        }

        @Override
        public void rollback(boolean required) throws SQLException {
            kept.clear();
            delegate.rollback(required);
        }

        @Override
        public CacheKey createCacheKey(MappedStatement ms, Object parameterObject, RowBounds rowBounds,
                BoundSql boundSql) {
            return delegate.createCacheKey(ms, parameterObject, rowBounds, boundSql);
        }

        @Override
        public boolean isCached(MappedStatement ms, CacheKey key) {
            return delegate.isCached(ms, key);
        }

        @Override
        public void clearLocalCache() {
            kept.clear();
            delegate.clearLocalCache();
        }

        @Override
        public void deferLoad(MappedStatement ms, MetaObject resultObject, String property, CacheKey key,
                Class<?> targetType) {
            delegate.deferLoad(ms, resultObject, property, key, targetType);
        }

        @Override
        public Transaction getTransaction() {
            return delegate.getTransaction();
        }

        @Override
        public void close(boolean forceRollback) {
            kept.clear();
            unbind();
            delegate.close(forceRollback);
        }

        @Override
        public boolean isClosed() {
            return delegate.isClosed();
        }

        @Override
        public void setExecutorWrapper(Executor executor) {
            delegate.setExecutorWrapper(executor);
        }
    }
}
