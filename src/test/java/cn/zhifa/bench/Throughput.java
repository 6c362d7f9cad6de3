package cn.zhifa.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/** Runs numbered units of work on a fixed number of threads and times the whole batch. */
final class Throughput {
    private Throughput() {
    }

    /** The workers' thread name (CpuMeter counts them apart from the JVM's other threads). */
    static final String WORKER_NAME = "bench-worker";

    /** CPU time of the workers of every run so far, each added when its thread finishes its share. */
    static final java.util.concurrent.atomic.LongAdder WORKER_CPU_NANOS = new java.util.concurrent.atomic.LongAdder();

    record Result(int units, double seconds) {
        double perSecond() {
            return units / seconds;
        }
    }

    /** Runs units {@code first .. first+count-1}, each thread taking the next number until none is left. */
    static Result run(int first, int count, int threads, IntConsumer work) throws Exception {
        AtomicInteger next = new AtomicInteger(first);
        int end = first + count;
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> new Thread(r, WORKER_NAME));
        try {
            long t0 = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    long cpu0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                    try {
                        for (int n = next.getAndIncrement(); n < end; n = next.getAndIncrement()) {
                            work.accept(n);
                        }
                    } finally {
                        WORKER_CPU_NANOS.add(java.lang.management.ManagementFactory.getThreadMXBean()
                                .getCurrentThreadCpuTime() - cpu0);
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            return new Result(count, (System.nanoTime() - t0) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }
}
