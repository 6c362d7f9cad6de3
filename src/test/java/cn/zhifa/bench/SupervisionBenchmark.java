package cn.zhifa.bench;

import cn.zhifa.casefile.CaseTallies;
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
 * Supervision figures on MariaDB, fresh database: {@code bench.openTasks} open and {@code bench.closedCases} closed
 * cases bulk-loaded as in the read benchmark (plus one open deadline per open case), then the pre-audit of one changed
 * case (a real archived case, audited repeatedly — what the incremental trigger does after each step), the cockpit's
 * figures, each chart on its own, and drill-downs, each with its statement count.
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
            boolean reuse = Boolean.getBoolean("bench.reuse");
            if (!reuse) {
                for (int i = 0; i < cfg.cases(); i++) {
                    ours.runCase(i);
                }
            }
            // a real archived case (the bulk-loaded ones have no documents)
            long archived = jdbc.queryForObject("SELECT MAX(c.id) FROM case_file c WHERE c.stage = 'ARCHIVED' AND "
                    + "EXISTS (SELECT 1 FROM case_document d WHERE d.case_id = c.id)", Long.class);
            if (!reuse) {
                long firstBulk = jdbc.queryForObject("SELECT MAX(id) FROM case_file", Long.class) + 1;
                ReadScale scale = new ReadScale(cfg, r, ours.inbox, ours.cases, ours.organization,
                        ours.app.getBean(cn.zhifa.tasks.TaskCentre.class));
                double seconds = scale.populate();
                long d0 = System.nanoTime();
                // one open statutory deadline per bulk-loaded open case (decision due 90 days after registration:
                // about a quarter overdue), so that the at-risk figure reads a full list as in production
                int deadlines = jdbc.update("INSERT INTO case_deadline (case_id, kind, unit_id, start_date, due_date, "
                        + "confirmed, open) SELECT id, 'DECISION', unit_id, DATE(registered_at), "
                        + "DATE_ADD(DATE(registered_at), INTERVAL 90 DAY), TRUE, TRUE FROM case_file WHERE id >= ? "
                        + "AND stage NOT IN ('NOT_FILED', 'ARCHIVED')", firstBulk);
                jdbc.execute("ANALYZE TABLE case_file, case_deadline, case_handler");
                r.line(String.format("Bulk load: %.0f s (+ %d open deadlines in %.0f s).", seconds, deadlines,
                        (System.nanoTime() - d0) / 1e9));
                // the bulk load writes case_file behind the application's back: the cockpit's counters are rebuilt
                CaseTallies.Rebuilt rebuilt = ours.app.getBean(CaseTallies.class).rebuild();
                r.line(String.format("Cockpit counters rebuilt after the bulk load: %d month + %d stage lines in %d ms "
                        + "(%d lines had drifted).", rebuilt.monthLines(), rebuilt.stageLines(), rebuilt.millis(),
                        rebuilt.drifted().size()));
            }
            r.line(String.format("case_file rows: %d, open: %d, open deadlines: %d.",
                    jdbc.queryForObject("SELECT COUNT(*) FROM case_file", Long.class),
                    jdbc.queryForObject("SELECT COUNT(*) FROM case_file WHERE stage NOT IN ('NOT_FILED', 'ARCHIVED')",
                            Long.class),
                    jdbc.queryForObject("SELECT COUNT(*) FROM case_deadline WHERE open = TRUE", Long.class)));

            r.heading("Pre-audit of one changed case (at scale)");
            r.header("what", "calls", "p50 ms", "p95 ms", "p99 ms", "statements/call");
            statementsRow(cfg, r, "incremental audit after a step (case, deadlines, handlers, documents, findings)",
                    () -> audits.auditChanged(archived).size());
            statementsRow(cfg, r, "full audit of one case (the same + record chain and stored files re-hashed)",
                    () -> audits.auditSeparately(archived).size());

            Actor supervisor = ours.actor("supervisor1");
            // a head of a bulk-loaded unit (a tenth of the cases), or of the demonstration unit on a small run
            Actor head = ours.organization.findByUsername("bench_u00_head1").map(u -> u.toActor())
                    .orElseGet(() -> ours.actor("head1"));
            r.heading("Cockpit at scale");
            r.header("what", "calls", "p50 ms", "p95 ms", "p99 ms", "statements/call");
            statementsRow(cfg, r, "all figures, supervisor, every unit",
                    () -> cockpit.figures(supervisor, null, null, null).figures().size());
            statementsRow(cfg, r, "all figures, head, own unit",
                    () -> cockpit.figures(head, null, null, null).figures().size());
            for (Cockpit.Chart chart : Cockpit.Chart.values()) {
                statementsRow(cfg, r, "one chart, supervisor: " + chart,
                        () -> cockpit.figure(supervisor, chart, null, null, null).rows().size());
            }
            statementsRow(cfg, r, "drill: open cases in INVESTIGATION (≤ 1000 rows)",
                    () -> cockpit.drill(supervisor, Cockpit.Chart.OPEN_BY_STAGE, "INVESTIGATION", null, null, null)
                            .size());
            statementsRow(cfg, r, "drill: overdue (RED) deadlines, every unit",
                    () -> cockpit.drill(supervisor, Cockpit.Chart.AT_RISK, "RED", null, null, null).size());

            long c0 = System.nanoTime();
            List<String> drift = ours.app.getBean(CaseTallies.class).drift();
            r.line("");
            r.line(String.format("Cockpit counters compared with the figures computed from case_file: %s (%.1f s).",
                    drift.isEmpty() ? "equal" : drift.size() + " lines differ, first " + drift.get(0),
                    (System.nanoTime() - c0) / 1e9));

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

    /**
     * Times the call and counts its SQL statements from the server's {@code Questions} counter around one call
     * (server-wide: exact only while nothing else uses the server; the counter read itself is subtracted).
     */
    private static void statementsRow(BenchConfig cfg, Report r, String what, Supplier<Integer> call)
            throws java.sql.SQLException {
        double[] sorted = time(cfg.latencyCalls(), call);
        long before = Databases.statementCounters(cfg).get("Questions");
        call.get();
        long statements = Databases.statementCounters(cfg).get("Questions") - before - 1;
        r.row(what, sorted.length, Stats.pct(sorted, 50), Stats.pct(sorted, 95), Stats.pct(sorted, 99), statements);
    }
}
