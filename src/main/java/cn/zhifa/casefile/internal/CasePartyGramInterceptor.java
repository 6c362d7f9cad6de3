package cn.zhifa.casefile.internal;

import cn.zhifa.shared.PartyGrams;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Keeps case_party_gram (decision 0032) in step with case_file.party_name, in the statement's transaction: every write
 * of the name through {@link CaseFileMapper} is seen here — {@code insertCase} (registration, 诉转案, summary cases),
 * {@code updateCase} whose name differs from the one read ({@link CaseRow#indexedPartyName}), and {@code updateChanged}
 * naming {@code partyName} (a correction). The case's pieces are then replaced. Writes behind the mapper's back (bulk
 * SQL) are not seen: the fill statement of V352 adds the missing pieces afterwards (as the benchmark does).
 */
@Component
@Intercepts(@Signature(type = Executor.class, method = "update", args = {MappedStatement.class, Object.class}))
public class CasePartyGramInterceptor extends CaseFileWrites {

    /** Looked up once, on first use (the mapper needs the session factory this interceptor is part of). */
    private final java.util.function.Supplier<CasePartyGramMapper> grams;

    CasePartyGramInterceptor(ObjectProvider<CasePartyGramMapper> grams) {
        this.grams = org.springframework.util.function.SingletonSupplier.of(grams::getObject);
    }

    @Override
    protected Object write(String statement, Object param, Invocation invocation) throws Throwable {
        switch (statement) {
            case "insertCase" -> {
                Object result = invocation.proceed();
                index((CaseRow) param, false);
                return result;
            }
            case "updateCase" -> {
                Object result = invocation.proceed();
                CaseRow row = (CaseRow) param;
                if (written(result) && !Objects.equals(PartyGrams.normalize(row.partyName),
                        PartyGrams.normalize(row.indexedPartyName))) {
                    index(row, true);
                }
                return result;
            }
            case "updateChanged" -> {
                Object result = invocation.proceed();
                Map<?, ?> p = (Map<?, ?>) param;
                if (written(result) && ((Collection<?>) p.get("changed")).contains("partyName")) {
                    index((CaseRow) p.get("row"), true);
                }
                return result;
            }
            default -> {
                return invocation.proceed();
            }
        }
    }

    private static boolean written(Object result) {
        return result instanceof Integer n && n > 0;
    }

    /** The case's pieces replaced by those of its current name. */
    private void index(CaseRow row, boolean replace) {
        if (row.id == null) {
            return;
        }
        CasePartyGramMapper mapper = grams.get();
        if (replace) {
            mapper.deleteOfCase(row.id);
        }
        Set<String> pieces = PartyGrams.of(row.partyName);
        if (!pieces.isEmpty()) {
            mapper.insert(row.id, pieces);
        }
        row.indexedPartyName = row.partyName;
    }
}
