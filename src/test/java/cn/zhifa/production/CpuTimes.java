package cn.zhifa.production;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where a load's CPU went (Linux {@code /proc}): the CPU seconds used so far by each node's JVM (pid files of
 * src/main/ops/cluster.sh), by the MariaDB server and by this client (the test JVM with its Chromium). A snapshot
 * before and after a load, subtracted, says which side the machine's cores served. MariaDB's figure includes the
 * work other databases on the same server did meanwhile.
 */
final class CpuTimes {

    private static final double TICKS = 100.0; // USER_HZ on Linux

    private CpuTimes() {
    }

    static Map<String, Double> snapshot(Path clusterDir) {
        Map<String, Double> cpu = new LinkedHashMap<>();
        for (String node : new String[] {"node1", "node2"}) {
            try {
                cpu.put(node, seconds(Long.parseLong(Files.readString(clusterDir.resolve(node + ".pid")).trim())));
            } catch (IOException | NumberFormatException e) {
                cpu.put(node, 0.0);
            }
        }
        cpu.put("mariadb", processesNamed("mariadbd") + processesNamed("mysqld"));
        ProcessHandle me = ProcessHandle.current();
        cpu.put("client", seconds(me.pid()) + me.descendants().mapToDouble(p -> seconds(p.pid())).sum());
        return cpu;
    }

    /** {@code after − before} per name, as "name 12.3 s (45 %)" of the CPU seconds the interval offered. */
    static String difference(Map<String, Double> before, Map<String, Double> after, double wallSeconds) {
        StringBuilder b = new StringBuilder();
        double offered = wallSeconds * Runtime.getRuntime().availableProcessors();
        for (Map.Entry<String, Double> e : after.entrySet()) {
            double used = Math.max(0, e.getValue() - before.getOrDefault(e.getKey(), 0.0));
            b.append(String.format("%s %.0f s (%.0f %%), ", e.getKey(), used, 100 * used / offered));
        }
        return b.append(String.format("of %.0f CPU-s offered", offered)).toString();
    }

    private static double processesNamed(String name) {
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            return procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(p -> {
                        try {
                            return name.equals(Files.readString(p.resolve("comm")).trim());
                        } catch (IOException gone) {
                            return false;
                        }
                    }).mapToDouble(p -> seconds(Long.parseLong(p.getFileName().toString()))).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    /** utime + stime of a process (0 when it is gone). */
    private static double seconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS;
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }
}
