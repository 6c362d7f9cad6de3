package cn.zhifa.bench;

import java.util.Arrays;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;

/** Latency samples (nanoseconds) and per-key accumulated time. */
final class Stats {
    private Stats() {
    }

    /** Sorted copy of the samples in milliseconds. */
    static double[] millis(long[] nanos) {
        double[] ms = Arrays.stream(nanos).mapToDouble(n -> n / 1_000_000.0).toArray();
        Arrays.sort(ms);
        return ms;
    }

    /** Nearest-rank percentile of sorted values. */
    static double pct(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static double mean(double[] values) {
        return Arrays.stream(values).average().orElse(Double.NaN);
    }

    /** Total time and count per key, for "which step costs what". */
    static final class Breakdown {
        final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
        final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
        final Map<String, Queue<Long>> samples = new ConcurrentHashMap<>();

        void add(String key, long elapsedNanos) {
            nanos.computeIfAbsent(key, k -> new LongAdder()).add(elapsedNanos);
            counts.computeIfAbsent(key, k -> new LongAdder()).increment();
            samples.computeIfAbsent(key, k -> new ConcurrentLinkedQueue<>()).add(elapsedNanos);
        }

        /** The key's 95th percentile in milliseconds. */
        double p95(String key) {
            return pct(millis(samples.get(key).stream().mapToLong(Long::longValue).toArray()), 95);
        }

        void clear() {
            nanos.clear();
            counts.clear();
            samples.clear();
        }
    }
}
