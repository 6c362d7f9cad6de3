package cn.zhifa.casefile.internal;

import cn.zhifa.shared.TransactionScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.ibatis.cache.CacheKey;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.reflection.MetaObject;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;

/**
 * A case's dependent facts — transfers, clock events, preservations, remedies and their hearings, payments,
 * execution acts, seizures — are read at every step (the deadlines, the guards, the pre-audit) and most cases have
 * none of most of them. The case row says which of these tables hold rows of the case ({@code fact_tables}, a bit a
 * table, {@link #BITS}): the insert of a row into one of them first sets its table's bit on the case, in the same
 * transaction ({@link CaseFactsMapper#markFact}; a bit is never cleared, a set bit only means "read the table"). The
 * first read of one of these tables for a case in a transaction takes the bits from the case row — a step has it
 * already (its lock, kept by the read cache), so the answer costs no statement (decision 0039) — and a read of a table
 * whose bit is clear is answered empty without a statement. A write of any of these tables in the transaction forgets
 * what was asked; the answer never outlives its transaction, and outside a transaction nothing is answered here.
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
public class CaseFactsProbe implements Interceptor {

    /** The per-case reads answered here (statement → its table); each takes the case's id alone. */
    static final Map<String, String> READS = Map.of(
            TransferMapper.class.getName() + ".transfers", "case_transfer",
            ClockMapper.class.getName() + ".events", "case_clock_event",
            ClockMapper.class.getName() + ".preservations", "evidence_preservation",
            RemedyMapper.class.getName() + ".ofCase", "case_remedy",
            RemedyMapper.class.getName() + ".hearings", "case_remedy_hearing",
            ExecutionMapper.class.getName() + ".payments", "case_payment",
            ExecutionMapper.class.getName() + ".acts", "case_execution_act",
            SeizureMapper.class.getName() + ".seizures", "case_seizure");
    /** Each probed table's bit in {@code case_file.fact_tables} (V394 sets them for the rows already there). */
    static final Map<String, Integer> BITS = Map.of("case_transfer", 1, "case_clock_event", 2,
            "evidence_preservation", 4, "case_remedy", 8, "case_remedy_hearing", 16, "case_payment", 32,
            "case_execution_act", 64, "case_seizure", 128);
    /** The tables probed. */
    public static final Set<String> TABLES = Set.copyOf(READS.values());
    private static final Pattern INSERT = Pattern.compile("^\\s*insert\\s+into\\s+(\\w+)");

    private final ObjectProvider<CaseFactsMapper> mapper;
    private final ObjectProvider<CaseFileMapper> cases;
    /** Per write statement: whether its SQL names a probed table (its target is not parameter-dependent). */
    private final Map<String, Boolean> writesProbed = new ConcurrentHashMap<>();
    /** Per write statement: the probed table it inserts a row into, or "" for none. */
    private final Map<String, String> inserts = new ConcurrentHashMap<>();

    /**
     * Wraps executors only, the one type the signatures name: MyBatis's default reflects on the signatures again for
     * every statement's three handlers, to find it need not wrap them.
     */
    @Override
    public Object plugin(Object target) {
        return target instanceof Executor ? Interceptor.super.plugin(target) : target;
    }

    CaseFactsProbe(ObjectProvider<CaseFactsMapper> mapper, ObjectProvider<CaseFileMapper> cases) {
        this.mapper = mapper;
        this.cases = cases;
    }

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
        MappedStatement ms = (MappedStatement) invocation.getArgs()[0];
        Object param = invocation.getArgs()[1];
        if ("update".equals(invocation.getMethod().getName())) {
            String table = insertedTable(ms, param);
            if (!table.isEmpty()) {
                mark(ms, param, table); // the case's row first, as a step locks it before its facts
            }
            if (writesProbed(ms, param)) {
                Known known = TransactionScoped.find(Known.class);
                if (known != null) {
                    known.present.clear();
                }
            }
            return invocation.proceed();
        }
        String table = READS.get(ms.getId());
        if (table == null || !(param instanceof Number caseId) || invocation.getArgs()[3] != Executor.NO_RESULT_HANDLER) {
            return invocation.proceed();
        }
        Known known = TransactionScoped.current(Known.class, Known::new);
        if (known == null) {
            return invocation.proceed();
        }
        Set<String> present = known.present.get(caseId.longValue());
        if (present == null) {
            present = tablesOf(cases.getObject().findCase(caseId.longValue()),
                    known.marked.getOrDefault(caseId.longValue(), 0));
            known.present.put(caseId.longValue(), present);
        }
        return present.contains(table) ? invocation.proceed() : new ArrayList<>();
    }

    /**
     * The tables whose bit the case row or this transaction has set (a row kept by a step from before its facts were
     * written lacks their bits); all of them when there is no such case (the reads find nothing).
     */
    private static Set<String> tablesOf(CaseRow row, int marked) {
        Set<String> present = new HashSet<>();
        BITS.forEach((table, bit) -> {
            if (row == null || ((row.factTables | marked) & bit) != 0) {
                present.add(table);
            }
        });
        return Set.copyOf(present);
    }

    private String insertedTable(MappedStatement ms, Object param) {
        return inserts.computeIfAbsent(ms.getId(), id -> {
            Matcher m = INSERT.matcher(ms.getBoundSql(param).getSql().toLowerCase(Locale.ROOT));
            return m.find() && TABLES.contains(m.group(1)) ? m.group(1) : "";
        });
    }

    /**
     * Sets the table's bit on the case of the row being inserted, unless this transaction knows it is set (read from
     * the case row, or set by an earlier insert: a write forgets what was read, not what was marked).
     */
    private void mark(MappedStatement ms, Object param, String table) {
        MetaObject meta = ms.getConfiguration().newMetaObject(param);
        Object caseId = meta.hasGetter("caseId") ? meta.getValue("caseId") : null;
        if (!(caseId instanceof Number id)) {
            throw new IllegalStateException(ms.getId() + " inserts into " + table + " without a caseId parameter");
        }
        int bit = BITS.get(table);
        Known known = TransactionScoped.current(Known.class, Known::new);
        if (known == null) {
            mapper.getObject().markFact(id.longValue(), bit);
            return;
        }
        Set<String> present = known.present.get(id.longValue());
        boolean set = (present != null && present.contains(table))
                || (known.marked.getOrDefault(id.longValue(), 0) & bit) != 0;
        if (!set) {
            mapper.getObject().markFact(id.longValue(), bit);
        }
        known.marked.merge(id.longValue(), bit, (a, b) -> a | b);
    }

    private boolean writesProbed(MappedStatement ms, Object param) {
        Boolean b = writesProbed.get(ms.getId());
        if (b == null) {
            String sql = ms.getBoundSql(param).getSql().toLowerCase(Locale.ROOT);
            b = TABLES.stream().anyMatch(sql::contains);
            writesProbed.put(ms.getId(), b);
        }
        return b;
    }

    /** What this transaction has asked: per case, the tables holding its rows. */
    private static final class Known implements TransactionSynchronization {
        final Map<Long, Set<String>> present = new HashMap<>();
        /** Per case, the bits set in this transaction (kept through writes, which forget {@link #present}). */
        final Map<Long, Integer> marked = new HashMap<>();
    }
}
