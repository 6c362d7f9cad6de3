package cn.zhifa.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time spent by this JVM and by the local MariaDB server over a run, so a ratio can be split into "the
 * application's own work" and "the database's work" per unit. The server's time is read from
 * {@code /proc/<pid>/stat} (utime + stime, clock ticks of 10 ms); where there is no local server, it reads 0.
 */
final class CpuMeter {
    private static final long NANOS_PER_TICK = 10_000_000L;
    private final long jvm0;
    private final long db0;
    private final long gc0;
    private final long[] self0 = userSystem(Path.of("/proc/self"));
    private final java.util.Map<Long, Long> threads0 = threadNanos();
    private final long workers0 = Throughput.WORKER_CPU_NANOS.sum();

    private CpuMeter() {
        jvm0 = jvmNanos();
        db0 = serverNanos();
        gc0 = gcMillis();
    }

    /**
     * Where the JVM's CPU went since {@link #start()}, per unit in ms: each thread group (a thread's name without its
     * digits), then "GC, JIT and the rest" (the process's time no Java thread accounts for); GC's pause time apart.
     */
    String threadSplit(int units) {
        java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        java.util.Map<String, Long> byGroup = new java.util.TreeMap<>();
        long java = Throughput.WORKER_CPU_NANOS.sum() - workers0;
        byGroup.put("the benchmark's workers", java);
        for (java.util.Map.Entry<Long, Long> e : threadNanos().entrySet()) {
            long d = e.getValue() - threads0.getOrDefault(e.getKey(), 0L);
            java.lang.management.ThreadInfo info = mx.getThreadInfo(e.getKey());
            if (info != null && info.getThreadName().startsWith(Throughput.WORKER_NAME)) {
                continue; // a worker still ending: counted with the workers already
            }
            String group = info == null ? "(ended)" : info.getThreadName().replaceAll("[0-9]+", "#");
            byGroup.merge(group, d, Long::sum);
            java += d;
        }
        long total = jvmNanos() - jvm0;
        StringBuilder sb = new StringBuilder();
        byGroup.entrySet().stream().filter(e -> e.getValue() > total / 200)
                .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
                .forEach(e -> sb.append(String.format("%s %.1f; ", e.getKey(), e.getValue() / 1e6 / units)));
        long[] self = userSystem(Path.of("/proc/self"));
        sb.append(String.format("(of the JVM's time: user %.1f, kernel %.1f); ", (self[0] - self0[0]) * 10.0 / units,
                (self[1] - self0[1]) * 10.0 / units));
        sb.append(String.format("GC, JIT and the rest %.1f (GC pauses %.1f)", (total - java) / 1e6 / units,
                (gcMillis() - gc0) / (double) units));
        return sb.toString();
    }

    private static java.util.Map<Long, Long> threadNanos() {
        java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        java.util.Map<Long, Long> m = new java.util.HashMap<>();
        for (long id : mx.getAllThreadIds()) {
            long t = mx.getThreadCpuTime(id);
            if (t >= 0) {
                m.put(id, t);
            }
        }
        return m;
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).sum();
    }

    static CpuMeter start() {
        return new CpuMeter();
    }

    /** Milliseconds of CPU per unit since {@link #start()}: {jvm, database}. */
    double[] perUnit(int units) {
        return new double[] {(jvmNanos() - jvm0) / 1e6 / units, (serverNanos() - db0) / 1e6 / units};
    }

    private static long jvmNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long serverNanos() {
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            return procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(p -> comm(p).equals("mariadbd") || comm(p).equals("mysqld"))
                    .mapToLong(CpuMeter::ticks).sum() * NANOS_PER_TICK;
        } catch (IOException e) {
            return 0;
        }
    }

    private static String comm(Path proc) {
        try {
            return Files.readString(proc.resolve("comm")).trim();
        } catch (IOException e) {
            return "";
        }
    }

    private static long ticks(Path proc) {
        long[] us = userSystem(proc);
        return us[0] + us[1];
    }

    /** A process's user and kernel CPU time in clock ticks, {utime, stime} (fields 14 and 15 of its stat). */
    private static long[] userSystem(Path proc) {
        try {
            String stat = Files.readString(proc.resolve("stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return new long[] {Long.parseLong(f[11]), Long.parseLong(f[12])};
        } catch (IOException | RuntimeException e) {
            return new long[2];
        }
    }
}
