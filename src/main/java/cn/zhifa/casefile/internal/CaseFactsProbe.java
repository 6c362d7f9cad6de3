package cn.zhifa.casefile.internal;

import cn.zhifa.shared.TransactionScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.ibatis.cache.CacheKey;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;

/**
 * A case's dependent facts — transfers, clock events, preservations, remedies and their hearings, payments,
 * execution acts, seizures — are read at every step (the deadlines, the guards, the pre-audit) and most cases have
 * none of most of them. The first read of one of them for a case in a transaction asks once which of these tables
 * hold rows of the case ({@link CaseFactsMapper#present}); a read of a table that holds none is then answered empty
 * without a statement. A write of any of these tables in the transaction forgets what was asked (the reads go to the
 * database again); the answer never outlives its transaction, and outside a transaction nothing is answered here.
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
    /** The tables probed. */
    static final Set<String> TABLES = Set.copyOf(READS.values());

    private final ObjectProvider<CaseFactsMapper> mapper;
    /** Per write statement: whether its SQL names a probed table (its target is not parameter-dependent). */
    private final Map<String, Boolean> writesProbed = new ConcurrentHashMap<>();

    CaseFactsProbe(ObjectProvider<CaseFactsMapper> mapper) {
        this.mapper = mapper;
    }

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
        MappedStatement ms = (MappedStatement) invocation.getArgs()[0];
        Object param = invocation.getArgs()[1];
        if ("update".equals(invocation.getMethod().getName())) {
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
            present = Set.copyOf(mapper.getObject().present(caseId.longValue()));
            known.present.put(caseId.longValue(), present);
        }
        return present.contains(table) ? invocation.proceed() : new ArrayList<>();
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
    }
}
