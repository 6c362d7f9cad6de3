package cn.zhifa.casefile.internal;

import cn.zhifa.shared.TransactionScoped;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;

/**
 * Keeps the cockpit's counters (case_month_tally, case_stage_tally) current in the transaction that writes a case:
 * every write of case_file through {@link CaseFileMapper} (registration, a step's changed columns, a decision,
 * payment, archiving, summary cases) is seen here. Before a case's first write in a transaction its tallied columns
 * are read with the row locked; just before the commit they are read again and the difference is added to the
 * counters (keys in one fixed order, so two transactions lock counter rows in the same order). A rollback leaves the
 * counters alone. Writes made behind the mapper's back (bulk SQL) are not seen: {@code CaseTallies.rebuild()}.
 */
@Component
@Intercepts(@Signature(type = Executor.class, method = "update", args = {MappedStatement.class, Object.class}))
public class CaseTallyInterceptor extends CaseFileWrites {

    /** The columns (CaseRow fields) that move a case between counters. */
    private static final Set<String> TALLIED = Set.of("stage", "decidedOutcome", "decidedFine", "paidAmount");

    private final ObjectProvider<CaseTallyMapper> tallies;

    CaseTallyInterceptor(ObjectProvider<CaseTallyMapper> tallies) {
        this.tallies = tallies;
    }

    @Override
    protected Object write(String statement, Object param, Invocation invocation) throws Throwable {
        switch (statement) {
            case "insertCase" -> {
                Object result = invocation.proceed();
                written(((CaseRow) param).id, invocation, true);
                return result;
            }
            case "updateCase" -> {
                return written(((CaseRow) param).id, invocation, false);
            }
            case "updateChanged" -> {
                Map<?, ?> p = (Map<?, ?>) param;
                Collection<?> changed = (Collection<?>) p.get("changed");
                if (changed.stream().noneMatch(TALLIED::contains)) {
                    return invocation.proceed();
                }
                return written(((CaseRow) p.get("row")).id, invocation, false);
            }
            case "updateStage" -> {
                return written(((Number) ((Map<?, ?>) param).get("id")).longValue(), invocation, false);
            }
            default -> {
                return invocation.proceed();
            }
        }
    }

    /** A write of one case: proceeds with it (unless already done: an insert) and moves the counters. */
    private Object written(Long caseId, Invocation invocation, boolean inserted) throws Throwable {
        if (caseId == null) {
            return inserted ? null : invocation.proceed();
        }
        CaseTallyMapper mapper = tallies.getObject();
        Pending pending = pending(mapper);
        if (pending == null) { // no transaction: the write and its counters at once
            CaseTallyRow before = inserted ? null : one(mapper, caseId);
            Object result = inserted ? null : invocation.proceed();
            new TallyDelta().remove(before).add(one(mapper, caseId)).applyTo(mapper);
            return result;
        }
        if (!pending.before.containsKey(caseId)) {
            pending.before.put(caseId, inserted ? null : one(mapper, caseId));
        }
        return inserted ? null : invocation.proceed();
    }

    private static CaseTallyRow one(CaseTallyMapper mapper, long caseId) {
        List<CaseTallyRow> rows = mapper.lockedRows(List.of(caseId));
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** This transaction's pending counter changes (registered on first use), or null outside a transaction. */
    private static Pending pending(CaseTallyMapper mapper) {
        return TransactionScoped.current(Pending.class, () -> new Pending(mapper));
    }

    /** The cases written in one transaction, with their tallied columns before its first write. */
    private static final class Pending implements TransactionSynchronization {
        final Map<Long, CaseTallyRow> before = new LinkedHashMap<>();
        private final CaseTallyMapper mapper;

        Pending(CaseTallyMapper mapper) {
            this.mapper = mapper;
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
            for (CaseTallyRow row : mapper.lockedRows(before.keySet())) {
                delta.add(row);
            }
            before.values().forEach(delta::remove);
            before.clear();
            delta.applyTo(mapper);
        }
    }
}
