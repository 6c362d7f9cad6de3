package cn.zhifa.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.demo.DemoData;
import cn.zhifa.evidence.Evidence;
import cn.zhifa.evidence.EvidenceKind;
import cn.zhifa.evidence.EvidenceService;
import cn.zhifa.evidence.EvidenceSettings;
import cn.zhifa.evidence.NewEvidence;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.OrganizationService;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Evidence ingest throughput (issue #5 item 7): large files through the vault (the service, and the REST API over
 * loopback) against the machine's raw SHA-256 + write + fsync of the same bytes into the same root with the same
 * buffer, measured in the same run, alternating. The database is irrelevant here (one row per file): embedded H2.
 * Parameters: {@code -Dbench.evidenceFiles=3}, {@code -Dbench.evidenceMb=512}, {@code -Dbench.evidenceRounds=2}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "zhifa.demo-data=true",
    "spring.datasource.url=jdbc:h2:mem:evidence-bench;MODE=MySQL;DB_CLOSE_DELAY=-1",
    "vaadin.launch-browser=false", "zhifa.scheduling=false", "camunda.bpm.job-execution.enabled=false",
    "zhifa.evidence.root=target/bench/evidence"})
class EvidenceIngestBenchmark {

    private static final double MIB = 1024.0 * 1024.0;

    @Autowired EvidenceService evidence;
    @Autowired EvidenceSettings settings;
    @Autowired OrganizationService organization;
    @Autowired JdbcTemplate jdbc;
    @LocalServerPort int port;

    /** A source of {@code size} bytes replaying a random block (almost free, so the sink is what is measured). */
    private static InputStream source(byte[] block, long size, long salt) {
        return new InputStream() {
            private long pos;

            @Override
            public int read() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (pos >= size) {
                    return -1;
                }
                int inBlock = (int) (pos % block.length);
                int n = (int) Math.min(Math.min(len, size - pos), block.length - inBlock);
                System.arraycopy(block, inBlock, b, off, n);
                if (pos == 0 && n >= 32) { // a different header per file: no dedupe across runs
                    ByteBuffer.wrap(b, off + 24, 8).putLong(salt);
                }
                pos += n;
                return n;
            }
        };
    }

    /**
     * A streaming POST of the raw body with a fixed length (HttpURLConnection writes straight to the socket; the JDK
     * HttpClient's body publisher copies through small buffers and costs the shared CPU more than the server does).
     */
    private static String post(URI uri, String auth, InputStream body, long size, int bufferSize) throws Exception {
        HttpURLConnection c = (HttpURLConnection) uri.toURL().openConnection();
        c.setRequestMethod("POST");
        c.setDoOutput(true);
        c.setFixedLengthStreamingMode(size);
        c.setRequestProperty("Authorization", auth);
        c.setRequestProperty("Content-Type", "application/octet-stream");
        try (OutputStream out = c.getOutputStream()) {
            byte[] buf = new byte[bufferSize];
            int n;
            while ((n = body.readNBytes(buf, 0, buf.length)) > 0) {
                out.write(buf, 0, n);
            }
        }
        int status = c.getResponseCode();
        String text = new String((status < 400 ? c.getInputStream() : c.getErrorStream()).readAllBytes(),
                StandardCharsets.UTF_8);
        assertThat(status).as(text).isEqualTo(201);
        return text;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /**
     * The raw baseline: SHA-256 and write of the same bytes, same buffer, fsync, into the same root (deliberately its
     * own copy of the store's loop: the reference must not share the code it measures).
     */
    private static String raw(InputStream in, Path file, int bufferSize) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            byte[] buf = new byte[bufferSize];
            ByteBuffer bb = ByteBuffer.wrap(buf);
            int n;
            while ((n = in.readNBytes(buf, 0, buf.length)) > 0) {
                sha.update(buf, 0, n);
                bb.clear().limit(n);
                while (bb.hasRemaining()) {
                    out.write(bb);
                }
            }
            out.force(true);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    @Test
    void ingestAgainstRawSha256AndWrite() throws Exception {
        int files = Integer.getInteger("bench.evidenceFiles", 3);
        long size = Long.getLong("bench.evidenceMb", 512L) * 1024 * 1024;
        int rounds = Integer.getInteger("bench.evidenceRounds", 2);
        int bufferSize = (int) settings.getBuffer().toBytes();
        Path root = settings.getRoot().toAbsolutePath().normalize();
        byte[] block = new byte[64 * 1024 * 1024];
        new SplittableRandom(42).nextBytes(block);
        byte[] mp4 = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'};
        System.arraycopy(mp4, 0, block, 0, mp4.length);

        Actor officer = organization.findByUsername("officer1").orElseThrow().toActor();
        long caseId = jdbc.queryForObject("SELECT MIN(id) FROM case_file WHERE stage = 'INVESTIGATION' "
                + "AND unit_id = ?", Long.class, officer.unitId());
        List<Long> present = List.of(officer.userId());
        String auth = "Basic " + Base64.getEncoder().encodeToString(("officer1:" + DemoData.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));

        double rawSeconds = 0;
        double serviceSeconds = 0;
        double apiSeconds = 0;
        long rawBytes = 0;
        long serviceBytes = 0;
        long apiBytes = 0;
        List<String> lines = new ArrayList<>();
        List<Double> serviceRatios = new ArrayList<>();
        List<Double> apiRatios = new ArrayList<>();
        long salt = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < files; i++) {
                double rawS;
                double serviceS;
                // raw
                Path rawFile = root.resolve("tmp").resolve("raw-" + (++salt) + ".bin");
                long t0 = System.nanoTime();
                raw(source(block, size, salt), rawFile, bufferSize);
                double s = (System.nanoTime() - t0) / 1e9;
                Files.delete(rawFile);
                rawS = s;
                if (round > 0 || rounds == 1) {
                    rawSeconds += s;
                    rawBytes += size;
                }
                lines.add(String.format(Locale.ROOT, "round %d file %d raw     %8.1f MiB/s", round, i, size / MIB / s));

                // ours through the service
                NewEvidence meta = new NewEvidence(EvidenceKind.VIDEO, "bench-" + salt + ".mp4",
                        LocalDateTime.now().minusMinutes(1), present, null, null, null, null, null, null, null);
                t0 = System.nanoTime();
                Evidence e = evidence.ingest(officer, caseId, meta, source(block, size, ++salt));
                s = (System.nanoTime() - t0) / 1e9;
                assertThat(e.size()).isEqualTo(size);
                Files.delete(root.resolve(e.storagePath()));
                serviceS = s;
                if (round > 0 || rounds == 1) {
                    serviceSeconds += s;
                    serviceBytes += size;
                }
                lines.add(String.format(Locale.ROOT, "round %d file %d service %8.1f MiB/s", round, i,
                        size / MIB / s));

                // ours through the REST API (raw body over loopback; the client shares the 2 cores)
                long apiSalt = ++salt;
                String q = "kind=VIDEO&fileName=api-" + apiSalt + ".mp4&capturedAt="
                        + LocalDateTime.now().minusMinutes(1).withNano(0) + "&officerIds=" + officer.userId();
                t0 = System.nanoTime();
                String body = post(URI.create("http://localhost:" + port + "/api/cases/" + caseId + "/evidence?" + q),
                        auth, source(block, size, apiSalt), size, bufferSize);
                s = (System.nanoTime() - t0) / 1e9;
                String sha = body.replaceAll(".*\"sha256\":\"([0-9a-f]{64})\".*", "$1");
                Files.delete(root.resolve("sha256/" + sha.substring(0, 2) + "/" + sha.substring(2, 4) + "/" + sha));
                if (round > 0 || rounds == 1) {
                    apiSeconds += s;
                    apiBytes += size;
                }
                lines.add(String.format(Locale.ROOT, "round %d file %d api     %8.1f MiB/s", round, i,
                        size / MIB / s));
                if (round > 0 || rounds == 1) { // same file size: the ratio of rates is the ratio of times
                    serviceRatios.add(rawS / serviceS);
                    apiRatios.add(rawS / s);
                }
            }
        }
        double rawRate = rawBytes / MIB / rawSeconds;
        double serviceRate = serviceBytes / MIB / serviceSeconds;
        double apiRate = apiBytes / MIB / apiSeconds;
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "Evidence ingest: %d × %d MiB per mode, %d round(s) (first is warm-up"
                + " when > 1), buffer %d KiB, root %s%n%n", files, size / 1024 / 1024, rounds, bufferSize / 1024, root));
        md.append("| mode | MiB/s | vs raw |\n|---|---|---|\n");
        md.append(String.format(Locale.ROOT, "| raw SHA-256 + write + fsync | %.1f | 100 %% |%n", rawRate));
        md.append(String.format(Locale.ROOT, "| vault via EvidenceService | %.1f | %.0f %% |%n", serviceRate,
                100 * serviceRate / rawRate));
        md.append(String.format(Locale.ROOT, "| vault via REST API (loopback) | %.1f | %.0f %% |%n", apiRate,
                100 * apiRate / rawRate));
        md.append(String.format(Locale.ROOT, "%nMedian of the per-file ratios (each file against the raw run just "
                + "before it): service %.0f %%, API %.0f %%.%n", 100 * median(serviceRatios), 100 * median(apiRatios)));
        md.append("\nPer file:\n\n```\n").append(String.join("\n", lines)).append("\n```\n");
        Files.createDirectories(Path.of("target", "bench"));
        Files.writeString(Path.of("target", "bench", "evidence-ingest.md"), md);
        System.out.println(md);
        assertThat(serviceRate).isPositive();
    }
}
