package cn.zhifa.bench;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The walking-system benchmark (issue item 10). Runs only with {@code ./mvnw -o -Pbench verify} (Failsafe picks
 * {@code *Benchmark} classes in that profile alone). On MariaDB, fresh databases every run:
 * <ol>
 * <li>our application driving N ordinary cases lead → archive through the services, T threads;</li>
 * <li>a bare Camunda engine with the same BPMN (no-op archive, no domain store), and a linear 15-user-task
 * reference process, same thread count;</li>
 * <li>inbox and case-search latency with 100 k open and 1 M closed cases bulk-loaded into our tables, and the
 * engine's own candidate-group TaskQuery on the same open tasks.</li>
 * </ol>
 * Prints a Markdown report and writes it to {@code target/bench/results.md}.
 */
class WalkingSystemBenchmark {

    @Test
    void walkingSystem() throws Exception {
        BenchConfig cfg = BenchConfig.fromSystemProperties();
        Report r = new Report();
        r.line("# Zhifa walking-system benchmark");
        r.line("");
        r.line(String.format("MariaDB %s at %s (innodb_buffer_pool_size %s MiB); JVM %s, %d CPUs, max heap %d MiB; "
                + "threads %d, cases %d after %d warm-up.", Databases.scalar(cfg, "SELECT VERSION()"), cfg.server(),
                Long.parseLong(Databases.scalar(cfg, "SELECT @@innodb_buffer_pool_size")) >> 20,
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, cfg.threads(), cfg.cases(), cfg.warmup()));

        if (Boolean.getBoolean("bench.readScaleOnly")) { // part 3 alone (-Dbench.readScaleOnly=true)
            try (OurThroughput ours = new OurThroughput(cfg)) {
                readScale(cfg, r, ours);
            }
            r.write(Path.of("target", "bench", "results.md"));
            return;
        }
        try (OurThroughput ours = new OurThroughput(cfg)) {
            // ---- 1. ours
            Throughput.run(0, cfg.warmup(), cfg.threads(), ours::runCase);
            Map<String, Long> oursSql = null;
            if (cfg.countSql()) {
                Map<String, Long> before = Databases.statementCounters(cfg);
                ours.runCase(cfg.warmup());
                oursSql = Databases.delta(before, Databases.statementCounters(cfg));
            }
            ours.breakdown.clear();
            CpuMeter ourCpu = CpuMeter.start();
            Throughput.Result our = Throughput.run(cfg.warmup() + 1, cfg.cases(), cfg.threads(), ours::runCase);
            double[] ourCpuMs = ourCpu.perUnit(cfg.cases());
            String ourThreads = ourCpu.threadSplit(cfg.cases());

            // ---- 2. bare engine, same BPMN, and the 15-task reference
            Throughput.Result bareRes;
            Throughput.Result refRes;
            Map<String, Long> bareSql = null;
            Map<String, Long> refSql = null;
            try (BareEngine bare = new BareEngine(cfg, 20)) {
                Throughput.run(0, cfg.warmup(), cfg.threads(), bare::runOrdinary);
                if (cfg.countSql()) {
                    Map<String, Long> before = Databases.statementCounters(cfg);
                    bare.runOrdinary(cfg.warmup());
                    bareSql = Databases.delta(before, Databases.statementCounters(cfg));
                }
                CpuMeter bareCpu = CpuMeter.start();
                bareRes = Throughput.run(cfg.warmup() + 1, cfg.cases(), cfg.threads(), bare::runOrdinary);
                double[] bareCpuMs = bareCpu.perUnit(cfg.cases());
                String bareThreads = bareCpu.threadSplit(cfg.cases());
                Throughput.run(0, cfg.warmup(), cfg.threads(), bare::runReference);
                if (cfg.countSql()) {
                    Map<String, Long> before = Databases.statementCounters(cfg);
                    bare.runReference(cfg.warmup());
                    refSql = Databases.delta(before, Databases.statementCounters(cfg));
                }
                refRes = Throughput.run(cfg.warmup() + 1, cfg.cases(), cfg.threads(), bare::runReference);

                int per = OurThroughput.COMPLETIONS_PER_CASE;
                double ourTasks = our.perSecond() * per;
                double bareTasks = bareRes.perSecond() * per;
                double refTasks = refRes.perSecond() * BareEngine.REFERENCE_TASKS;
                r.heading("Throughput: complete cases, " + cfg.threads() + " threads");
                r.line(String.format("One case/instance = start + %d user-task completions (+ archive service task); "
                        + "the reference = start + %d completions.", per, BareEngine.REFERENCE_TASKS));
                r.line("");
                r.header("run", "instances", "seconds", "cases (instances)/s", "task completions/s",
                        "ms per completion (wall / threads)");
                r.row("ours: services + engine + domain store (zhifa_bench)", our.units(), our.seconds(),
                        our.perSecond(), ourTasks, 1000.0 * cfg.threads() / ourTasks);
                r.row("bare engine, same BPMN, no-op archive, history " + BareEngine.HISTORY + " ("
                        + cfg.bareDatabase() + ")", bareRes.units(),
                        bareRes.seconds(), bareRes.perSecond(), bareTasks, 1000.0 * cfg.threads() / bareTasks);
                r.row("bare engine, linear 15-user-task reference", refRes.units(), refRes.seconds(),
                        refRes.perSecond(), refTasks, 1000.0 * cfg.threads() / refTasks);
                r.line("");
                r.line(String.format("Ratio (task completions/s): ours / bare same BPMN = **%.0f %%**; ours / "
                        + "15-task reference = **%.0f %%** (target >= 70 %%).", 100 * ourTasks / bareTasks,
                        100 * ourTasks / refTasks));

                r.line("");
                r.line(String.format("CPU per case (ms), JVM / database server: ours %.1f / %.1f; bare same BPMN "
                        + "%.1f / %.1f (ratios %.2f / %.2f).", ourCpuMs[0], ourCpuMs[1], bareCpuMs[0], bareCpuMs[1],
                        ourCpuMs[0] / bareCpuMs[0], ourCpuMs[1] / bareCpuMs[1]));
                r.line("");
                r.line("JVM CPU per case by thread (ms), ours: " + ourThreads + ".");
                r.line("");
                r.line("JVM CPU per case by thread (ms), bare: " + bareThreads + ".");

                r.heading("Where a case's time goes (ours, mean and p95 ms per call, measured run)");
                r.header("call", "calls", "mean ms", "p95 ms", "share of case time");
                double total = ours.breakdown.nanos.values().stream().mapToLong(a -> a.sum()).sum();
                ours.breakdown.nanos.entrySet().stream()
                        .sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum()))
                        .forEach(e -> {
                            long calls = ours.breakdown.counts.get(e.getKey()).sum();
                            r.row(e.getKey(), calls, e.getValue().sum() / 1e6 / calls, ours.breakdown.p95(e.getKey()),
                                    String.format("%.0f %%", 100 * e.getValue().sum() / total));
                        });
                if (cfg.countSql()) {
                    r.heading("SQL statements for ONE case / instance (server-wide Com_* counters, single thread)");
                    r.header("counter", "ours (1 case)", "bare same BPMN (1 instance)", "15-task reference (1 instance)");
                    for (String k : oursSql.keySet()) {
                        r.row(k, oursSql.get(k), bareSql.get(k), refSql.get(k));
                    }
                }

                if (Boolean.getBoolean("bench.throughputOnly")) { // parts 1 and 2 alone (-Dbench.throughputOnly=true)
                    r.write(Path.of("target", "bench", "results.md"));
                    return;
                }
                // ---- 3. read scale
                ReadScale scale = readScale(cfg, r, ours);
                // ---- 4. public portal at scale (published decisions of the archived cases loaded above)
                PublicScale portal = new PublicScale(cfg, r, ours.port());
                double pubLoad = portal.populate();
                portal.measure();
                r.line("");
                r.line(String.format("(bulk load of the publications took %.0f s)", pubLoad));
                if (cfg.engineTaskQuery()) {
                    double engineLoad = scale.loadEngineTasks(bare);
                    scale.measureEngine(bare);
                    r.line("");
                    r.line(String.format("(bulk load of the engine's runtime tables took %.0f s)", engineLoad));
                } else {
                    r.line("");
                    r.line("Engine TaskQuery comparison skipped (-Dbench.engineTaskQuery=false).");
                }
            }
        }
        r.write(Path.of("target", "bench", "results.md"));
    }

    /** Part 3: our tables bulk-loaded, then the inbox, case search and task-centre views timed. */
    private static ReadScale readScale(BenchConfig cfg, Report r, OurThroughput ours) throws java.sql.SQLException {
        ReadScale scale = new ReadScale(cfg, r, ours.inbox, ours.cases, ours.organization,
                ours.app.getBean(cn.zhifa.tasks.TaskCentre.class));
        double load = scale.populate();
        scale.measure();
        r.line("");
        r.line(load < 0 ? "(the data of an earlier run, reused: -Dbench.reuse=true)"
                : String.format("(bulk load of our tables took %.0f s)", load));
        return scale;
    }
}
