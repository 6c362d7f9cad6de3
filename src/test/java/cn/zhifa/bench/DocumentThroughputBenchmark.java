package cn.zhifa.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Walking-system throughput with documents against without (issue 11, item 9: "within 10 %"), in one run: the same
 * ordinary cases lead → archive through the services on MariaDB (a fresh database each time), T threads, with
 * <ol>
 * <li>a warm-up run with documents on, discarded (the JIT warms up across the runs of one process),</li>
 * <li>documents off ({@code zhifa.documents.generate=false}: no content check, outbox row or rendering),</li>
 * <li>documents on, rendered on the committing thread ({@code zhifa.documents.render=after-commit}, the default),</li>
 * <li>off and on again (the machine's drift falls on both),</li>
 * <li>documents on, rendered on the background thread ({@code async}) — the clock stops when the last case is
 * archived <em>and</em> the outbox is empty, so rendering is paid for.</li>
 * </ol>
 * {@code ./mvnw -o -B -ntp verify -Pbench -Dit.test=DocumentThroughputBenchmark -Dbench.db=zhifa_doc_bench
 * -Dbench.cases=60 -Dbench.warmup=10}. Prints a Markdown table with the ratios and the load average, and writes it to
 * {@code target/bench/documents-throughput.md}.
 */
class DocumentThroughputBenchmark {

    @Test
    void throughputWithAndWithoutDocuments() throws Exception {
        BenchConfig cfg = BenchConfig.fromSystemProperties();
        Report r = new Report();
        r.heading("Walking-system throughput with and without documents");
        r.line(String.format("MariaDB %s, database %s (fresh each run); %d threads, %d cases after %d warm-up; "
                + "%d CPUs; load average at start %.2f.", Databases.scalar(cfg, "SELECT VERSION()"), cfg.database(),
                cfg.threads(), cfg.cases(), cfg.warmup(), Runtime.getRuntime().availableProcessors(), load()));
        r.line("");
        r.header("run", "cases", "seconds", "cases/s", "", "load average after");
        // the JVM warms up across the runs (one process): a first run with everything on is discarded; then the runs
        // without and with documents alternate, so that the machine's drift falls on both alike
        run(cfg, r, "warm-up (discarded)", true, "--zhifa.documents.render=after-commit");
        double off1 = run(cfg, r, "documents off (zhifa.documents.generate=false)", false,
                "--zhifa.documents.generate=false");
        double on1 = run(cfg, r, "documents on (default: after-commit render)", true,
                "--zhifa.documents.render=after-commit");
        double off2 = run(cfg, r, "documents off again", false, "--zhifa.documents.generate=false");
        double on2 = run(cfg, r, "documents on again", true, "--zhifa.documents.render=after-commit");
        double async = run(cfg, r, "documents on, async render thread, until rendered", true,
                "--zhifa.documents.render=async");
        double off = (off1 + off2) / 2;
        double on = (on1 + on2) / 2;
        r.line("");
        r.line(String.format("Ratio with documents / without (means of two runs each: %.2f / %.2f cases/s): **%.3f** "
                + "(run by run %.3f, %.3f); async render thread %.3f; the two runs without documents differ by %.1f %%.",
                on, off, on / off, on1 / off1, on2 / off2, async / off, 100 * Math.abs(off1 - off2) / off));
        r.write(Path.of("target", "bench", "documents-throughput.md"));
        assertThat(async).isPositive();
    }

    /** One run on a fresh database; returns cases per second (with documents: until the outbox is empty). */
    private static double run(BenchConfig cfg, Report r, String name, boolean documents, String... args)
            throws Exception {
        try (OurThroughput ours = new OurThroughput(cfg, args)) {
            Throughput.run(0, cfg.warmup(), cfg.threads(), ours::runCase);
            drain(cfg, ours);
            long t0 = System.nanoTime();
            Throughput.Result res = Throughput.run(cfg.warmup() + 1, cfg.cases(), cfg.threads(), ours::runCase);
            if (documents) {
                drain(cfg, ours);
            }
            double seconds = documents ? (System.nanoTime() - t0) / 1e9 : res.seconds();
            String jobs = Databases.scalar(cfg, "SELECT COUNT(*) FROM " + cfg.database() + ".doc_render_job");
            double perSecond = res.units() / seconds;
            r.row(name + " [render jobs " + jobs + "]", res.units(), seconds, perSecond, "", load());
            return perSecond;
        }
    }

    /** Waits until every render job of the run is done. */
    private static void drain(BenchConfig cfg, OurThroughput ours) throws Exception {
        String sql = "SELECT COUNT(*) FROM " + cfg.database() + ".doc_render_job WHERE status <> 'DONE'";
        for (int i = 0; i < 6000 && Long.parseLong(Databases.scalar(cfg, sql)) > 0; i++) {
            Thread.sleep(50);
        }
        assertThat(Long.parseLong(Databases.scalar(cfg, sql))).as("render jobs left").isZero();
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
