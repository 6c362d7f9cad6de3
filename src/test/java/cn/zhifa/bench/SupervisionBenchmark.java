package cn.zhifa.bench;

import cn.zhifa.organization.Actor;
import cn.zhifa.supervision.Cockpit;
import cn.zhifa.supervision.CockpitService;
import cn.zhifa.supervision.PreAuditJob;
import cn.zhifa.supervision.PreAuditService;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Supervision figures on MariaDB, fresh database: the pre-audit of one changed case (a real archived case, audited
 * repeatedly — what the incremental trigger does after each step), then the cockpit's figures and a drill-down with
 * {@code bench.openTasks} open and {@code bench.closedCases} closed cases bulk-loaded as in the read benchmark.
 * {@code ./mvnw -q -o -B -Pbench verify -Dit.test=SupervisionBenchmark -Dbench.db=zhifa_bench_supervision
 * -Dbench.openTasks=10000 -Dbench.closedCases=100000} ({@code -Dbench.cases} real cases, {@code -Dbench.latencyCalls}).
 */
class SupervisionBenchmark {

    @Test
    void cockpitAndPreAudit() throws Exception {
        BenchConfig cfg = BenchConfig.fromSystemProperties();
        Report r = new Report();
        r.line("# Zhifa supervision benchmark");
        r.line("");
        r.line(String.format("MariaDB %s; JVM %s, %d CPUs; %d real cases, %d open + %d closed bulk-loaded cases, "
                + "%d calls per figure.", Databases.scalar(cfg, "SELECT VERSION()"), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), cfg.cases(), cfg.openTasks(), cfg.closedCases(),
                cfg.latencyCalls()));
        try (OurThroughput ours = new OurThroughput(cfg)) {
            PreAuditService audits = ours.app.getBean(PreAuditService.class);
            CockpitService cockpit = ours.app.getBean(CockpitService.class);
            JdbcTemplate jdbc = ours.app.getBean(JdbcTemplate.class);
            for (int i = 0; i < cfg.cases(); i++) {
                ours.runCase(i);
            }
            long archived = jdbc.queryForObject("SELECT MAX(id) FROM case_file WHERE stage = 'ARCHIVED'", Long.class);
            r.heading("Pre-audit of one changed case");
            r.header("what", "calls", "p50 ms", "p95 ms", "p99 ms");
            row(r, "incremental audit after a step (view, certificates, findings replaced)",
                    time(cfg.latencyCalls(), () -> audits.auditChanged(archived).size()));
            row(r, "full audit of one case (the same + record chain and stored files re-hashed)",
                    time(cfg.latencyCalls(), () -> audits.auditSeparately(archived).size()));

            ReadScale scale = new ReadScale(cfg, r, ours.inbox, ours.cases, ours.organization);
            double seconds = scale.populate();
            r.line(String.format("Bulk load: %.0f s.", seconds));
            Actor supervisor = ours.actor("supervisor1");
            Actor head = ours.actor("head1");
            r.heading("Cockpit at scale");
            r.header("what", "calls", "p50 ms", "p95 ms", "p99 ms");
            row(r, "all figures, supervisor, every unit", time(cfg.latencyCalls(),
                    () -> cockpit.figures(supervisor, null, null, null).figures().size()));
            row(r, "all figures, head, own unit", time(cfg.latencyCalls(),
                    () -> cockpit.figures(head, null, null, null).figures().size()));
            row(r, "drill: open cases in INVESTIGATION (≤ 1000 rows)", time(cfg.latencyCalls(),
                    () -> cockpit.drill(supervisor, Cockpit.Chart.OPEN_BY_STAGE, "INVESTIGATION", null, null, null)
                            .size()));

            PreAuditJob job = ours.app.getBean(PreAuditJob.class);
            if (Boolean.parseBoolean(System.getProperty("bench.fullAudit", "false"))) {
                long t0 = System.nanoTime();
                PreAuditJob.Progress p = job.runAll();
                double s = (System.nanoTime() - t0) / 1e9;
                r.heading("Full re-audit");
                r.line(String.format("%d cases in %.0f s (%.0f cases/s), %d failed.", p.done(), s, p.done() / s,
                        p.failed()));
            }
        }
        r.write(Paths.get("target", "bench", "supervision.md"));
    }

    private static double[] time(int n, Supplier<Integer> call) {
        for (int i = 0; i < Math.min(20, n); i++) {
            call.get();
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            call.get();
            ms.add((System.nanoTime() - t0) / 1e6);
        }
        double[] a = ms.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(a);
        return a;
    }

    private static void row(Report r, String what, double[] sorted) {
        r.row(what, sorted.length, Stats.pct(sorted, 50), Stats.pct(sorted, 95), Stats.pct(sorted, 99));
    }
}
