package cn.zhifa.casefile.internal;

import cn.zhifa.shared.TransactionScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.ibatis.cache.CacheKey;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;

/**
 * Keeps the cockpit's counters (case_month_tally, case_stage_tally) current in the transaction that writes a case:
 * every write of case_file through {@link CaseFileMapper} (registration, a step's changed columns, a decision,
 * payment, archiving, summary cases) is seen here. A case's tallied columns before its first write in a transaction
 * are those of its locking read in the transaction ({@code findCaseForUpdate}, {@code findCaseOfTaskForUpdate}: the
 * row as committed and locked), or else read with the row locked. Each write then says what the columns become (its
 * changed columns over the state before it; a write that changed no row changes nothing); only a registration's
 * columns are read again before the commit. Just before the commit the difference is added to the counters, all rows
 * of a kind in one statement (keys in one fixed order, so two transactions lock counter rows in the same order). A
 * rollback leaves the counters alone. Writes made behind the mapper's back (bulk SQL) are not seen:
 * {@code CaseTallies.rebuild()}.
 */
@Component
@Intercepts({
    @Signature(type = Executor.class, method = "update", args = {MappedStatement.class, Object.class}),
    @Signature(type = Executor.class, method = "query",
            args = {MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class}),
    // the six-argument form too: a plugin wrapping the executor (the read cache) calls that one
    @Signature(type = Executor.class, method = "query",
            args = {MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class, CacheKey.class,
                BoundSql.class})})
public class CaseTallyInterceptor extends CaseFileWrites {

    /** The reads that lock the case row and return all its columns. */
    private static final Set<String> LOCKING_READS = Set.of("findCaseForUpdate", "findCaseOfTaskForUpdate");

    /** Looked up once, on first use (the mapper needs the session factory this interceptor is part of). */
    private final java.util.function.Supplier<CaseTallyMapper> tallies;

    CaseTallyInterceptor(ObjectProvider<CaseTallyMapper> tallies) {
        this.tallies = org.springframework.util.function.SingletonSupplier.of(tallies::getObject);
    }

    @Override
    protected Object read(String statement, Object param, Invocation invocation) throws Throwable {
        Object result = invocation.proceed();
        if (LOCKING_READS.contains(statement) && result instanceof List<?> rows && !rows.isEmpty()) {
            Pending pending = pending(tallies.get());
            if (pending != null) {
                for (Object r : rows) {
                    pending.lockedRead((CaseRow) r);
                }
            }
        }
        return result;
    }

    @Override
    protected Object write(String statement, Object param, Invocation invocation) throws Throwable {
        switch (statement) {
            case "insertCase" -> {
                Object result = invocation.proceed();
                written(((CaseRow) param).id, invocation, statement, param);
                return result;
            }
            case "updateCase" -> {
                return written(((CaseRow) param).id, invocation, statement, param);
            }
            case "updateChanged" -> {
                Map<?, ?> p = (Map<?, ?>) param;
                Collection<?> changed = (Collection<?>) p.get("changed");
                if (changed.stream().noneMatch(TallyRows.TALLIED::contains)) {
                    return invocation.proceed();
                }
                return written(((CaseRow) p.get("row")).id, invocation, statement, param);
            }
            case "updateStage" -> {
                return written(((Number) ((Map<?, ?>) param).get("id")).longValue(), invocation, statement, param);
            }
            default -> {
                return invocation.proceed();
            }
        }
    }

    /** A write of one case: proceeds with it (unless already done: an insert) and moves the counters. */
    private Object written(Long caseId, Invocation invocation, String statement, Object param) throws Throwable {
        boolean inserted = "insertCase".equals(statement);
        if (caseId == null) {
            return inserted ? null : invocation.proceed();
        }
        CaseTallyMapper mapper = tallies.get();
        Pending pending = pending(mapper);
        if (pending == null) { // no transaction: the write and its counters at once
            CaseTallyRow before = inserted ? null : one(mapper, caseId);
            Object result = inserted ? null : invocation.proceed();
            new TallyDelta().remove(before).add(one(mapper, caseId)).applyTo(mapper);
            return result;
        }
        if (inserted) {
            pending.before.putIfAbsent(caseId, null);
            pending.now.remove(caseId); // a registration's columns are read before the commit
            return null;
        }
        if (!pending.before.containsKey(caseId)) {
            // the columns as this transaction's locking read returned them, or else read now with the row locked
            CaseTallyRow before = pending.now.computeIfAbsent(caseId, id -> one(mapper, id));
            pending.before.put(caseId, before);
        }
        Object result = invocation.proceed();
        CaseTallyRow now = pending.now.get(caseId);
        if (now != null && result instanceof Integer n && n > 0) {
            pending.now.put(caseId, TallyRows.after(now, statement, param));
        }
        return result;
    }

    private static CaseTallyRow one(CaseTallyMapper mapper, long caseId) {
        List<CaseTallyRow> rows = mapper.lockedRows(List.of(caseId));
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** This transaction's pending counter changes (registered on first use), or null outside a transaction. */
    private static Pending pending(CaseTallyMapper mapper) {
        return TransactionScoped.current(Pending.class, () -> new Pending(mapper));
    }

    /** The cases written in one transaction, with their tallied columns before its first write and now. */
    private static final class Pending implements TransactionSynchronization {
        final Map<Long, CaseTallyRow> before = new LinkedHashMap<>();
        /**
         * The tallied columns as they stand in this transaction (its locking reads, then its writes), of cases written
         * or not; absent for a written case: read before the commit.
         */
        final Map<Long, CaseTallyRow> now = new HashMap<>();
        private final CaseTallyMapper mapper;

        Pending(CaseTallyMapper mapper) {
            this.mapper = mapper;
        }

        void lockedRead(CaseRow row) {
            if (row.id == null || row.unitId == null) {
                return;
            }
            now.put(row.id, TallyRows.of(row)); // the row as committed and locked, with this transaction's writes
        }

        @Override
        public int getOrder() {
            return TransactionScoped.COUNT; // last before the commit: the counter rows are locked for the commit only
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            if (before.isEmpty()) {
                return;
            }
            TallyDelta delta = new TallyDelta();
            List<Long> unknown = before.keySet().stream().filter(id -> !now.containsKey(id)).toList();
            if (!unknown.isEmpty()) {
                for (CaseTallyRow row : mapper.lockedRows(unknown)) {
                    delta.add(row);
                }
            }
            before.keySet().stream().map(now::get).filter(java.util.Objects::nonNull).forEach(delta::add);
            before.values().forEach(delta::remove);
            before.clear();
            now.clear();
            delta.applyTo(mapper);
        }
    }
}
