package cn.zhifa.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Walking-system throughput with documents against without (issue 11, item 9: "within 10 %"), in one run: the same
 * ordinary cases lead → archive through the services on MariaDB (a fresh database each time), T threads, with
 * <ol>
 * <li>documents off ({@code zhifa.documents.generate=false}: no content check, outbox row or rendering),</li>
 * <li>documents on, rendered on the background thread ({@code zhifa.documents.render=async}, the default) — the
 * clock stops when the last case is archived <em>and</em> the outbox is empty, so rendering is paid for,</li>
 * <li>documents on, rendered on the committing thread ({@code zhifa.documents.render=after-commit}),</li>
 * <li>documents off again (the machine's drift between runs).</li>
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
        r.header("run", "cases", "seconds", "cases/s", "ratio to documents off (mean)", "load average after");
        double off1 = run(cfg, r, "documents off (zhifa.documents.generate=false)", false,
                "--zhifa.documents.generate=false");
        double async = run(cfg, r, "documents on, async render, until rendered", true,
                "--zhifa.documents.render=async");
        double inline = run(cfg, r, "documents on, after-commit render (committing thread)", true,
                "--zhifa.documents.render=after-commit");
        double off2 = run(cfg, r, "documents off again", false, "--zhifa.documents.generate=false");
        double off = (off1 + off2) / 2;
        r.line("");
        r.line(String.format("Ratios to the mean of the two runs without documents (%.2f cases/s): async %.3f, "
                + "after-commit %.3f; the two runs without documents differ by %.1f %%.", off, async / off,
                inline / off, 100 * Math.abs(off1 - off2) / off));
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
