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
 * <li>three pairs in ABBA order — off on, on off, off on — where off is {@code zhifa.documents.generate=false} (no
 * content check, no documents) and on renders every document in the step's own transaction (the default); with
 * documents the clock stops only when the outbox is empty too, so any rendering left behind is paid for.</li>
 * </ol>
 * The ratio is the mean of the three runs with documents over the mean of the three without; the pairs' own ratios
 * and the spread of the runs without documents show the noise.
 * {@code ./mvnw -o -B -ntp verify -Pbench -Dit.test=DocumentThroughputBenchmark -Dbench.db=zhifa_doc_bench
 * -Dbench.cases=150 -Dbench.warmup=15}. Prints a Markdown table with the ratios and the load average, and writes it to
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
        // the JVM warms up across the runs (one process): a first run with everything on is discarded; then three
        // pairs without and with documents in ABBA order (off on, on off, off on), so that a drift of the machine
        // over the run falls on both sides alike
        run(cfg, r, "warm-up (discarded)", true, "--zhifa.documents.render=after-commit");
        String[] offArgs = {"--zhifa.documents.generate=false"};
        String[] onArgs = {"--zhifa.documents.render=after-commit"};
        double[] off = new double[3];
        double[] on = new double[3];
        for (int i = 0; i < 3; i++) {
            boolean onFirst = i == 1;
            if (onFirst) {
                on[i] = run(cfg, r, "documents on (default: after-commit render), pair " + (i + 1), true, onArgs);
            }
            off[i] = run(cfg, r, "documents off (zhifa.documents.generate=false), pair " + (i + 1), false, offArgs);
            if (!onFirst) {
                on[i] = run(cfg, r, "documents on (default: after-commit render), pair " + (i + 1), true, onArgs);
            }
        }
        double offMean = (off[0] + off[1] + off[2]) / 3;
        double onMean = (on[0] + on[1] + on[2]) / 3;
        double[] pairs = {on[0] / off[0], on[1] / off[1], on[2] / off[2]};
        double[] sorted = pairs.clone();
        java.util.Arrays.sort(sorted);
        r.line("");
        r.line(String.format("Ratio with documents / without (means of three runs each: %.2f / %.2f cases/s): **%.3f**; "
                + "pair by pair %.3f, %.3f, %.3f (median %.3f); the runs without documents spread %.1f %% around "
                + "their mean.", onMean, offMean, onMean / offMean, pairs[0], pairs[1], pairs[2], sorted[1],
                100 * (Math.max(off[0], Math.max(off[1], off[2])) - Math.min(off[0], Math.min(off[1], off[2])))
                        / offMean));
        r.write(Path.of("target", "bench", "documents-throughput.md"));
        assertThat(onMean).isPositive();
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
