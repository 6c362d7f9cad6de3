package cn.zhifa.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.transaction.support.TransactionSynchronization;

/**
 * Values computed once per transaction: what a step's commit reads for several documents (the case's sources, the
 * unit's templates) is read for the first and kept, under its owner, until the transaction completes. Outside a
 * transaction the value is computed on every call; an inner transaction ({@code REQUIRES_NEW}) has values of its own
 * ({@link TransactionScoped}). Only for reads whose result the rest of the transaction does not change, or whose
 * owner updates the value with its own writes ({@link #peek}).
 */
public final class TransactionMemo {

    private TransactionMemo() {
    }

    /** {@code compute(key)} the first time in this transaction for {@code owner} and {@code key}, then the same. */
    @SuppressWarnings("unchecked")
    public static <K, V> V get(Object owner, K key, Function<K, V> compute) {
        Values values = TransactionScoped.current(Values.class, Values::new);
        if (values == null) {
            return compute.apply(key);
        }
        Map<K, V> memo = (Map<K, V>) values.byOwner.computeIfAbsent(owner, o -> new HashMap<>());
        V value = memo.get(key);
        if (value == null) {
            value = compute.apply(key);
            memo.put(key, value);
        }
        return value;
    }

    /**
     * The value this transaction computed for {@code owner} and {@code key}, or null if it has none: for an owner whose
     * writes keep its own value current ({@code CaseHistory}'s register of documents appends what it inserts).
     */
    @SuppressWarnings("unchecked")
    public static <K, V> V peek(Object owner, K key) {
        Values values = TransactionScoped.current(Values.class, Values::new);
        if (values == null) {
            return null;
        }
        Map<K, V> memo = (Map<K, V>) values.byOwner.get(owner);
        return memo == null ? null : memo.get(key);
    }

    /** One transaction's values, by owner. */
    static final class Values implements TransactionSynchronization {
        final Map<Object, Map<?, ?>> byOwner = new HashMap<>();
    }
}
