package cn.zhifa.bench;

import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.CaseRecord;
import cn.zhifa.casefile.IdType;
import cn.zhifa.casefile.LeadSource;
import cn.zhifa.casefile.NewLead;
import cn.zhifa.casefile.Party;
import cn.zhifa.casefile.PartyKind;
import cn.zhifa.record.RecordService;
import cn.zhifa.record.Verification;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Record append rate (issue #5 item 7) on MariaDB, fresh database ({@code -Dbench.db}, default zhifa_bench):
 * <ol>
 * <li>appends spread over many cases (one case per thread): the cost of an append;</li>
 * <li>all threads on one hot case: appends serialised by the chain's tail lock;</li>
 * <li>the walking system's ordinary cases (lead → archive, every step and document recorded) running while other
 * threads append to one hot case: record entries per second overall and on the hot case;</li>
 * <li>verify of the hot case's chain.</li>
 * </ol>
 * {@code ./mvnw -q -o -B -Pbench verify -Dit.test=RecordAppendBenchmark -Dbench.db=zhifa_bench_record}
 * ({@code -Dbench.appends}, default 2000 per thread; {@code -Dbench.cases} ordinary cases in phase 3).
 */
class RecordAppendBenchmark {

    @Test
    void recordAppendRate() throws Exception {
        BenchConfig cfg = BenchConfig.fromSystemProperties();
        int appends = Integer.getInteger("bench.appends", 2000);
        int threads = cfg.threads();
        Report r = new Report();
        r.line("# Zhifa record append benchmark");
        r.line("");
        r.line(String.format("MariaDB %s; JVM %s, %d CPUs; %d threads, %d appends per thread.",
                Databases.scalar(cfg, "SELECT VERSION()"), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), threads, appends));
        try (OurThroughput ours = new OurThroughput(cfg)) {
            CaseRecord record = ours.app.getBean(CaseRecord.class);
            RecordService records = ours.app.getBean(RecordService.class);
            JdbcTemplate jdbc = ours.app.getBean(JdbcTemplate.class);
            List<Long> cases = new ArrayList<>();
            for (int i = 0; i <= threads; i++) {
                cases.add(lead(ours, i).id());
            }
            long hot = cases.get(threads);
            // warm-up
            timed(threads, Integer.getInteger("bench.appendWarmup", 1000), t -> record.append(cases.get(t),
                    "EVIDENCE_VIEWED", null, "warm-up", Map.of("t", t)));

            r.heading("Append rate");
            r.header("phase", "appends", "seconds", "appends/s", "p50 ms", "p95 ms", "p99 ms");
            Phase spread = timed(threads, appends, t -> record.append(cases.get(t), "EVIDENCE_VIEWED", null,
                    "证据查看", Map.of("t", t)));
            spread.row(r, "many cases (one per thread)");
            Phase hotOnly = timed(threads, appends, t -> record.append(hot, "EVIDENCE_VIEWED", null, "证据查看",
                    Map.of("t", t)));
            hotOnly.row(r, "one hot case, " + threads + " threads");

            // ---- 3. the walking system and a hot case at once
            long rows0 = count(jdbc, "SELECT COUNT(*) FROM case_record");
            long hot0 = count(jdbc, "SELECT COUNT(*) FROM case_record WHERE case_id = " + hot);
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService hotPool = Executors.newFixedThreadPool(Math.max(1, threads / 2));
            List<Future<?>> hotWork = new ArrayList<>();
            List<long[]> hotLatencies = new ArrayList<>();
            for (int t = 0; t < Math.max(1, threads / 2); t++) {
                int n = t;
                long[] lat = new long[1_000_000];
                hotLatencies.add(lat);
                hotWork.add(hotPool.submit(() -> {
                    int i = 0;
                    while (!stop.get() && i < lat.length) {
                        long t0 = System.nanoTime();
                        record.append(hot, "EVIDENCE_VIEWED", null, "证据查看", Map.of("t", n));
                        lat[i++] = System.nanoTime() - t0;
                    }
                    return i;
                }));
            }
            long t0 = System.nanoTime();
            Throughput.Result walk = Throughput.run(0, cfg.cases(), Math.max(1, threads / 2), ours::runCase);
            stop.set(true);
            List<Long> hotLat = new ArrayList<>();
            for (int t = 0; t < hotWork.size(); t++) {
                int done = (Integer) hotWork.get(t).get(60, TimeUnit.SECONDS);
                for (int i = 0; i < done; i++) {
                    hotLat.add(hotLatencies.get(t)[i]);
                }
            }
            hotPool.shutdown();
            double secs = (System.nanoTime() - t0) / 1e9;
            long rows = count(jdbc, "SELECT COUNT(*) FROM case_record") - rows0;
            long hotRows = count(jdbc, "SELECT COUNT(*) FROM case_record WHERE case_id = " + hot) - hot0;
            double[] ms = Stats.millis(hotLat.stream().mapToLong(Long::longValue).toArray());
            Arrays.sort(ms);
            r.heading("Concurrent case activity + one hot case");
            r.header("ordinary cases (lead → archive)", "cases/s", "record entries (all)", "entries/s (all)",
                    "hot-case appends", "hot appends/s", "hot p50 ms", "hot p95 ms");
            r.row(walk.units(), walk.units() / walk.seconds(), rows, rows / secs, hotRows, hotRows / secs,
                    Stats.pct(ms, 50), Stats.pct(ms, 95));
            r.line("");
            r.line(String.format("Entries per ordinary case (steps, documents, claims): %.1f.",
                    (double) count(jdbc, "SELECT COUNT(*) FROM case_record r JOIN case_file c ON c.id = r.case_id "
                            + "WHERE c.stage = 'ARCHIVED'") / Math.max(1, count(jdbc,
                                    "SELECT COUNT(*) FROM case_file WHERE stage = 'ARCHIVED'"))));

            // ---- 4. verify
            long v0 = System.nanoTime();
            Verification v = records.check(hot);
            double vs = (System.nanoTime() - v0) / 1e9;
            r.heading("Verify");
            r.line(String.format("Hot case: %d entries verified in %.2f s (%.0f entries/s), ok = %s.",
                    v.entriesChecked(), vs, v.entriesChecked() / vs, v.ok()));
            if (!v.ok()) {
                throw new AssertionError("hot case chain broken: " + v);
            }
        }
        r.write(Path.of("target/bench/record-results.md"));
    }

    private static CaseFile lead(OurThroughput ours, int i) {
        return ours.cases.registerLead(ours.actor("officer1"), new NewLead(LeadSource.values()[0], "记录基准 " + i,
                "朝阳路" + i + "号", LocalDate.now(), null, null, List.of(new Party(PartyKind.NATURAL_PERSON, "基准当事人" + i,
                        IdType.ID_CARD, "110105199001011234", null, null))));
    }

    private static long count(JdbcTemplate jdbc, String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private record Phase(int appends, double seconds, double[] sortedMs) {
        void row(Report r, String name) {
            r.row(name, appends, seconds, appends / seconds, Stats.pct(sortedMs, 50), Stats.pct(sortedMs, 95),
                    Stats.pct(sortedMs, 99));
        }
    }

    private interface Work {
        void run(int thread);
    }

    private static Phase timed(int threads, int perThread, Work work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long[][] lat = new long[threads][perThread];
        try {
            List<Future<?>> fs = new ArrayList<>();
            long t0 = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                int n = t;
                fs.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        long s = System.nanoTime();
                        work.run(n);
                        lat[n][i] = System.nanoTime() - s;
                    }
                    return null;
                }));
            }
            for (Future<?> f : fs) {
                f.get(30, TimeUnit.MINUTES);
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            double[] ms = Stats.millis(Arrays.stream(lat).flatMapToLong(Arrays::stream).toArray());
            Arrays.sort(ms);
            return new Phase(threads * perThread, secs, ms);
        } finally {
            pool.shutdownNow();
        }
    }
}
