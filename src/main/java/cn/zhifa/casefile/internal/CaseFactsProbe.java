package cn.zhifa.casefile.internal;

import cn.zhifa.casefile.CaseFactTable;
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
import org.springframework.beans.factory.SmartInitializingSingleton;
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
 * Other modules' tables of the same kind (a legal review's rounds, the advance notice, the hearing, the stored
 * requirements) are answered the same way when their owner declares them ({@link CaseFactTable}, decision 0041); a
 * declared delete of a case's rows is skipped while its bit is clear.
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
public class CaseFactsProbe implements Interceptor, SmartInitializingSingleton {

    /** This module's per-case reads answered here (statement → its table); each takes the case's id alone. */
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
    private static final Pattern INSERT = Pattern.compile("^\\s*insert\\s+into\\s+(\\w+)");

    /** The mappers, looked up once on first use (they need the session factory this interceptor is part of). */
    private final java.util.function.Supplier<CaseFactsMapper> mapper;
    private final java.util.function.Supplier<CaseFileMapper> cases;
    private final ObjectProvider<CaseFactTable> declared;
    /** This module's reads and bits with those other modules declare; made on first need (checked at start-up). */
    private volatile Facts facts;
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

    CaseFactsProbe(ObjectProvider<CaseFactsMapper> mapper, ObjectProvider<CaseFileMapper> cases,
            ObjectProvider<CaseFactTable> declared) {
        this.mapper = org.springframework.util.function.SingletonSupplier.of(mapper::getObject);
        this.cases = org.springframework.util.function.SingletonSupplier.of(cases::getObject);
        this.declared = declared;
    }

    /** Checks the declared fact tables at start-up: a clash of bits, tables or reads stops the application. */
    @Override
    public void afterSingletonsInstantiated() {
        facts();
    }

    /** The tables answered from the case row: this module's and those other modules declare ({@link CaseFactTable}). */
    public Set<String> tables() {
        return facts().bits().keySet();
    }

    private Facts facts() {
        Facts f = facts;
        if (f == null) {
            f = Facts.of(declared.orderedStream().toList());
            facts = f;
        }
        return f;
    }

    /** Read statement → table, clearing statement → table, and table → bit, this module's first. */
    private record Facts(Map<String, String> reads, Map<String, String> clears, Map<String, Integer> bits) {
        static Facts of(List<CaseFactTable> declared) {
            Map<String, String> reads = new HashMap<>(READS);
            Map<String, String> clears = new HashMap<>();
            Map<String, Integer> bits = new HashMap<>(BITS);
            int used = BITS.values().stream().mapToInt(Integer::intValue).sum();
            for (CaseFactTable t : declared) {
                if ((used & t.bit()) != 0 || bits.containsKey(t.table()) || reads.containsKey(t.readStatement())
                        || (t.clearStatement() != null && clears.containsKey(t.clearStatement()))) {
                    throw new IllegalStateException("fact table " + t + " clashes with one declared before: " + bits);
                }
                used |= t.bit();
                reads.put(t.readStatement(), t.table());
                if (t.clearStatement() != null) {
                    clears.put(t.clearStatement(), t.table());
                }
                bits.put(t.table(), t.bit());
            }
            return new Facts(Map.copyOf(reads), Map.copyOf(clears), Map.copyOf(bits));
        }
    }

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
        MappedStatement ms = (MappedStatement) invocation.getArgs()[0];
        Object param = invocation.getArgs()[1];
        if ("update".equals(invocation.getMethod().getName())) {
            String cleared = facts().clears().get(ms.getId());
            if (cleared != null && !holds(caseIdOf(param), cleared)) {
                return 0; // a delete of the case's rows from a table its bit says holds none: nothing to delete
            }
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
        String table = facts().reads().get(ms.getId());
        if (table == null || !(param instanceof Number caseId) || invocation.getArgs()[3] != Executor.NO_RESULT_HANDLER) {
            return invocation.proceed();
        }
        return holds(caseId.longValue(), table) ? invocation.proceed() : new ArrayList<>();
    }

    /**
     * Whether the case may hold rows in the table, as this transaction knows it (the case row's bits and those it
     * set); true outside a transaction or without a case id (then the statement runs).
     */
    private boolean holds(Long caseId, String table) {
        Known known = caseId == null ? null : TransactionScoped.current(Known.class, Known::new);
        if (known == null || (known.marked.getOrDefault(caseId, 0) & facts().bits().get(table)) != 0) {
            return true; // no transaction, or this transaction inserted a row there
        }
        Set<String> present = known.present.get(caseId);
        if (present == null) {
            present = tablesOf(cases.get().findCase(caseId), known.marked.getOrDefault(caseId, 0));
            known.present.put(caseId, present);
        }
        return present.contains(table);
    }

    /** The case id a statement's parameter carries: the parameter itself, or its {@code caseId}. */
    private static Long caseIdOf(Object param) {
        if (param instanceof Number n) {
            return n.longValue();
        }
        // MyBatis's parameter map refuses a get of a name it lacks: ask first
        if (param instanceof Map<?, ?> m && m.containsKey("caseId") && m.get("caseId") instanceof Number n) {
            return n.longValue();
        }
        return null;
    }

    /**
     * The tables whose bit the case row or this transaction has set (a row kept by a step from before its facts were
     * written lacks their bits); all of them when there is no such case (the reads find nothing).
     */
    private Set<String> tablesOf(CaseRow row, int marked) {
        Set<String> present = new HashSet<>();
        facts().bits().forEach((table, bit) -> {
            if (row == null || ((row.factTables | marked) & bit) != 0) {
                present.add(table);
            }
        });
        return Set.copyOf(present);
    }

    private String insertedTable(MappedStatement ms, Object param) {
        return inserts.computeIfAbsent(ms.getId(), id -> {
            Matcher m = INSERT.matcher(ms.getBoundSql(param).getSql().toLowerCase(Locale.ROOT));
            return m.find() && facts().bits().containsKey(m.group(1)) ? m.group(1) : "";
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
        int bit = facts().bits().get(table);
        Known known = TransactionScoped.current(Known.class, Known::new);
        if (known == null) {
            mapper.get().markFact(id.longValue(), bit);
            return;
        }
        Set<String> present = known.present.get(id.longValue());
        boolean set = (present != null && present.contains(table))
                || (known.marked.getOrDefault(id.longValue(), 0) & bit) != 0;
        if (!set) {
            mapper.get().markFact(id.longValue(), bit);
        }
        known.marked.merge(id.longValue(), bit, (a, b) -> a | b);
    }

    private boolean writesProbed(MappedStatement ms, Object param) {
        Boolean b = writesProbed.get(ms.getId());
        if (b == null) {
            String sql = ms.getBoundSql(param).getSql().toLowerCase(Locale.ROOT);
            b = facts().bits().keySet().stream().anyMatch(sql::contains);
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
