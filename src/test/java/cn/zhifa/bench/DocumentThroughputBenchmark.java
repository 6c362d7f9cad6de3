package cn.zhifa.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Walking-system throughput with documents against without (issue 11, item 9: "within 10 %"), in one application on
 * MariaDB (a fresh database), T threads, the same ordinary cases lead → archive through the services:
 * <ol>
 * <li>a warm-up with documents on and one with them off, discarded;</li>
 * <li>{@code bench.blocks} (default eight) blocks of {@code bench.cases} cases each in ABBA ABBA order — off on on
 * off off on on off … — where off switches generation off between whole cases (what {@code
 * zhifa.documents.generate=false} does: no content check, no documents, no dossier) and on renders every document in the step's own transaction (the default); with documents a
 * block ends only when the outbox is empty too, so any rendering left behind is paid for.</li>
 * </ol>
 * One application for all blocks: no context start, fresh database or JIT restart between the two kinds of block
 * (session 10–12's runs, one application per run, spread up to 43 % between runs of the same kind). The ratio is the
 * cases per second of all blocks with documents over those of all blocks without; the four pairs' own ratios and the
 * spread of the blocks without documents show the noise. Each block also measures the CPU a case costs, this JVM's and
 * the MariaDB server's ({@link CpuMeter}): on two cores that both share, throughput follows it, and it moves less with
 * the machine's other load than the seconds do; its ratio is printed beside the throughput's. {@code
 * -Dbench.documents=on} (or {@code off}) runs one kind alone — a warm-up and four blocks' worth — for a profiler.
 * {@code ./mvnw -o -B -ntp verify -Pbench -Dit.test=DocumentThroughputBenchmark -Dbench.db=zhifa_doc_bench
 * -Dbench.cases=100 -Dbench.warmup=30}. Prints a Markdown table with the ratios and the load average, and writes it
 * to {@code target/bench/documents-throughput.md}.
 */
class DocumentThroughputBenchmark {

    /**
     * The order of the blocks, documents on (true) or off: {@code bench.blocks} (a multiple of 4, default 8) in ABBA
     * order — off on on off, off on on off, … More and shorter blocks follow the machine's drift more closely.
     */
    private static boolean[] order() {
        int n = Integer.getInteger("bench.blocks", 8);
        if (n < 4 || n % 4 != 0) {
            throw new IllegalArgumentException("bench.blocks must be a multiple of 4: " + n);
        }
        boolean[] order = new boolean[n];
        for (int i = 0; i < n; i++) {
            order[i] = i % 4 == 1 || i % 4 == 2;
        }
        return order;
    }

    @Test
    void throughputWithAndWithoutDocuments() throws Exception {
        BenchConfig cfg = BenchConfig.fromSystemProperties();
        boolean[] order = order();
        Report r = new Report();
        r.heading("Walking-system throughput with and without documents");
        r.line(String.format("MariaDB %s, database %s (fresh, one application for every block); %d threads, %d blocks"
                + " of %d cases after 2 × %d warm-up; %d CPUs; load average at start %.2f.",
                Databases.scalar(cfg, "SELECT VERSION()"), cfg.database(), cfg.threads(), order.length, cfg.cases(),
                cfg.warmup(), Runtime.getRuntime().availableProcessors(), load()));
        r.line("");
        r.header("block", "cases", "seconds", "cases/s", "CPU a case, JVM + MariaDB (ms)", "load average after");
        String only = System.getProperty("bench.documents", "");
        if (!only.isBlank()) { // one kind of block only, for a profiler: -Dbench.documents=on or off
            oneKind(cfg, r, only.trim().equals("on"));
            r.write(Path.of("target", "bench", "documents-" + only.trim() + ".md"));
            return;
        }
        try (OurThroughput ours = new OurThroughput(cfg, "--zhifa.documents.render=after-commit")) {
            int next = 0;
            for (boolean documents : new boolean[] {true, false}) {
                generate(ours, documents);
                block(cfg, r, ours, next, cfg.warmup(), "warm-up, documents " + (documents ? "on" : "off")
                        + " (discarded)", documents, null);
                next += cfg.warmup();
            }
            double[] seconds = new double[order.length];
            double[] cpu = new double[2]; // ms of CPU a case: {off, on}
            List<String> split = new ArrayList<>(); // where each block's JVM time went
            for (int i = 0; i < order.length; i++) {
                generate(ours, order[i]);
                CpuMeter meter = CpuMeter.start();
                seconds[i] = block(cfg, r, ours, next, cfg.cases(), (order[i] ? "documents on" : "documents off")
                        + ", block " + (i + 1), order[i], meter);
                double[] ms = meter.perUnit(cfg.cases());
                cpu[order[i] ? 1 : 0] += (ms[0] + ms[1]) / (order.length / 2);
                split.add("block " + (i + 1) + ": " + meter.threadSplit(cfg.cases()));
                next += cfg.cases();
            }
            double onSeconds = 0;
            double offSeconds = 0;
            double offMin = Double.MAX_VALUE;
            double offMax = 0;
            for (int i = 0; i < order.length; i++) {
                if (order[i]) {
                    onSeconds += seconds[i];
                } else {
                    offSeconds += seconds[i];
                    offMin = Math.min(offMin, cfg.cases() / seconds[i]);
                    offMax = Math.max(offMax, cfg.cases() / seconds[i]);
                }
            }
            int blocks = order.length / 2;
            double on = blocks * cfg.cases() / onSeconds;
            double off = blocks * cfg.cases() / offSeconds;
            StringBuilder pairs = new StringBuilder();
            List<Double> pairRatios = new ArrayList<>();
            for (int i = 0; i < order.length; i += 2) {
                double pair = order[i] ? seconds[i + 1] / seconds[i] : seconds[i] / seconds[i + 1];
                pairRatios.add(pair);
                pairs.append(pairs.length() == 0 ? "" : ", ").append(String.format("%.3f", pair));
            }
            pairRatios.sort(null);
            int m = pairRatios.size();
            double median = m % 2 == 1 ? pairRatios.get(m / 2) : (pairRatios.get(m / 2 - 1) + pairRatios.get(m / 2)) / 2;
            r.line("");
            r.line(String.format("Ratio with documents / without (%d cases each way: %.2f / %.2f cases/s): **%.3f**; "
                    + "pair by pair %s (median %.3f); the blocks without documents spread %.1f %% around their mean.",
                    blocks * cfg.cases(), on, off, on / off, pairs, median, 100 * (offMax - offMin) / off));
            // on two cores that both sides share, throughput follows the CPU a case costs; steadier than the seconds
            r.line(String.format("CPU a case (this JVM and the MariaDB server): %.1f ms with documents, %.1f ms without: "
                    + "**%.3f** as a throughput ratio (without / with).", cpu[1], cpu[0], cpu[0] / cpu[1]));
            r.line("");
            r.line("The JVM's CPU a case by thread group (ms), block by block:");
            split.forEach(x -> r.line("- " + x));
            assertThat(on).isPositive();
        }
        r.write(Path.of("target", "bench", "documents-throughput.md"));
    }

    /** A warm-up and four blocks' worth of cases of one kind (a profiler's run sees that kind alone). */
    private static void oneKind(BenchConfig cfg, Report r, boolean documents) throws Exception {
        try (OurThroughput ours = new OurThroughput(cfg, "--zhifa.documents.render=after-commit")) {
            generate(ours, documents);
            String kind = documents ? "documents on" : "documents off";
            block(cfg, r, ours, 0, cfg.warmup(), "warm-up, " + kind + " (discarded)", documents, null);
            block(cfg, r, ours, cfg.warmup(), 4 * cfg.cases(), kind, documents, CpuMeter.start());
        }
    }

    /** Switches generation on or off between whole cases (what {@code zhifa.documents.generate} does). */
    private static void generate(OurThroughput ours, boolean documents) {
        Object engine = org.springframework.test.util.AopTestUtils.getTargetObject(ours.app.getBean("documentEngine"));
        ReflectionTestUtils.setField(engine, "generate", documents);
    }

    /** One block of cases; returns its seconds (with documents: until the outbox is empty). */
    private static double block(BenchConfig cfg, Report r, OurThroughput ours, int first, int count, String name,
            boolean documents, CpuMeter meter) throws Exception {
        long t0 = System.nanoTime();
        Throughput.Result res = Throughput.run(first, count, cfg.threads(), ours::runCase);
        if (documents) {
            drain(cfg);
        }
        double seconds = documents ? (System.nanoTime() - t0) / 1e9 : res.seconds();
        String jobs = Databases.scalar(cfg, "SELECT COUNT(*) FROM " + cfg.database() + ".doc_render_job");
        String cpu = "";
        if (meter != null) {
            double[] ms = meter.perUnit(res.units());
            cpu = String.format("%.1f + %.1f", ms[0], ms[1]);
        }
        r.row(name + " [render jobs " + jobs + "]", res.units(), seconds, res.units() / seconds, cpu, load());
        return seconds;
    }

    /** Waits until every render job is done. */
    private static void drain(BenchConfig cfg) throws Exception {
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
