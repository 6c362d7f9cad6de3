package cn.zhifa.evidence;

import static cn.zhifa.evidence.EvidenceFixtures.JPEG_HEAD;
import static cn.zhifa.evidence.EvidenceFixtures.MP4_HEAD;
import static cn.zhifa.evidence.EvidenceFixtures.PNG_HEAD;
import static cn.zhifa.evidence.EvidenceFixtures.content;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhifa.casefile.CaseArtifacts;
import cn.zhifa.casefile.CaseFile;
import cn.zhifa.demo.DemoData;
import cn.zhifa.organization.Actor;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Messages;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.unit.DataSize;

/**
 * The vault end to end: streamed uploads hashed on the way (API and service), dedupe, type sniffing, size limits,
 * an upload failing halfway, leftovers removed on start, metadata rules, data scope, access and custody recorded,
 * and the files offered to the record's verifier and export ({@link CaseArtifacts}).
 */
@IntegrationTest
class EvidenceVaultIT {

    private static final AtomicLong SEED = new AtomicLong(System.nanoTime());

    @Autowired CaseFiles f;
    @Autowired EvidenceService evidence;
    @Autowired EvidenceSettings settings;
    @Autowired EvidenceStore store;
    @Autowired EvidenceArtifacts artifacts;
    @Autowired JdbcTemplate jdbc;
    @Autowired Messages messages;
    @Autowired Clock clock;
    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private LocalDateTime earlier() {
        return LocalDateTime.now(clock).minusMinutes(10).withNano(0);
    }

    private List<Long> officers(String... users) {
        return Stream.of(users).map(u -> f.actor(u).userId()).toList();
    }

    private NewEvidence meta(EvidenceKind kind, String name) {
        return EvidenceFixtures.meta(earlier(), kind, name, officers("officer1", "officer2"), null);
    }

    private Path root() {
        return ((FileSystemEvidenceStore) store).root();
    }

    private long tempFiles() throws Exception {
        try (Stream<Path> s = Files.list(root().resolve("tmp"))) {
            return s.count();
        }
    }

    private long storedFiles() throws Exception {
        try (Stream<Path> s = Files.walk(root().resolve("sha256"))) {
            return s.filter(Files::isRegularFile).count();
        }
    }

    /** Everything an upload could leave behind: rows, record entries, stored and temporary files. */
    private Map<String, Object> snapshot(long caseId) throws Exception {
        return Map.of(
                "evidence", jdbc.queryForList("SELECT * FROM evidence ORDER BY id"),
                "officers", jdbc.queryForList("SELECT * FROM evidence_officer ORDER BY evidence_id, user_id"),
                "record", jdbc.queryForList("SELECT * FROM case_record WHERE case_id = ? ORDER BY id", caseId),
                "stored", storedFiles(),
                "temp", tempFiles());
    }

    private DomainException refused(long caseId, String code, Supplier<?> call) throws Exception {
        return EvidenceFixtures.refused(messages, () -> snapshot(caseId), code, call);
    }

    private String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + DemoData.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aLargeUploadThroughTheApiIsStreamedAndHashedOnTheWay() throws Exception {
        CaseFile c = f.aFiledCase();
        long seed = SEED.incrementAndGet();
        long size = 64L * 1024 * 1024 + 12345; // generated on the fly, never in memory
        String expected = EvidenceFixtures.sha256(MP4_HEAD, size, seed);
        String query = "kind=VIDEO&fileName=%E7%8E%B0%E5%9C%BA.mp4&capturedAt=" + earlier()
                + "&officerIds=" + f.actor("officer1").userId() + "&officerIds=" + f.actor("officer2").userId()
                + "&device=ZFJLY-0007&latitude=39.9219&longitude=116.4436&act=SEIZURE";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/cases/" + c.id() + "/evidence?" + query))
                .header("Authorization", basic("officer1"))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> content(MP4_HEAD, size, seed))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(r.body()).contains("\"sha256\":\"" + expected + "\"").contains("\"size\":" + size)
                .contains("\"mediaType\":\"video/mp4\"").contains("现场.mp4");
        Evidence e = evidence.list(f.actor("officer1"), c.id()).get(0);
        assertThat(e.sha256()).isEqualTo(expected);
        assertThat(e.officers()).extracting(Evidence.Officer::userId)
                .containsExactlyElementsOf(officers("officer1", "officer2"));
        assertThat(e.latitude()).isEqualByComparingTo(new BigDecimal("39.9219"));
        Path file = root().resolve(e.storagePath());
        assertThat(Files.size(file)).isEqualTo(size);
        assertThat(e.storagePath()).isEqualTo("sha256/" + expected.substring(0, 2) + "/" + expected.substring(2, 4)
                + "/" + expected);
        assertThat(tempFiles()).isZero();
        // the record entry carries the hash, size, kind and stored path
        Map<String, Object> added = jdbc.queryForMap("SELECT action, summary AS comment FROM case_record "
                + "WHERE case_id = ? AND action = 'EVIDENCE_ADDED'", c.id());
        assertThat((String) added.get("comment")).contains(expected.substring(0, 12));
        // the verifier re-hashes the artifact independently
        CaseArtifacts.Artifact a = artifacts.artifacts(c.id()).get(0);
        assertThat(a.path()).isEqualTo("evidence/" + e.id() + "-现场.mp4");
        assertThat(a.size()).isEqualTo(size);
        assertThat(a.sha256()).isEqualTo(expected);
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        try (InputStream in = a.content().open()) {
            byte[] buf = new byte[1 << 20];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
        }
        assertThat(HexFormat.of().formatHex(md.digest())).isEqualTo(expected);
    }

    @Test
    void sameContentIsStoredOnceAndNeverTwiceInOneCase() throws Exception {
        CaseFile one = f.aFiledCase();
        CaseFile two = f.aFiledCase();
        Actor officer = f.actor("officer1");
        byte[] photo = EvidenceFixtures.bytes(JPEG_HEAD, 300_000, SEED.incrementAndGet());
        long before = storedFiles();
        Evidence a = evidence.ingest(officer, one.id(), meta(EvidenceKind.PHOTO, "a.jpg"),
                new ByteArrayInputStream(photo));
        Path file = root().resolve(a.storagePath());
        var modified = Files.getLastModifiedTime(file);
        Evidence b = evidence.ingest(officer, two.id(), meta(EvidenceKind.PHOTO, "b.jpg"),
                new ByteArrayInputStream(photo));
        assertThat(b.sha256()).isEqualTo(a.sha256());
        assertThat(b.storagePath()).isEqualTo(a.storagePath());
        assertThat(storedFiles()).isEqualTo(before + 1);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified); // kept, not overwritten
        assertThat(Files.getPosixFilePermissions(file)).doesNotContain(PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE); // read-only once published
        DomainException e = refused(one.id(), "evidence.duplicate", () -> evidence.ingest(officer, one.id(),
                meta(EvidenceKind.PHOTO, "again.jpg"), new ByteArrayInputStream(photo)));
        assertThat(messages.of(e, Messages.ZH_CN)).contains(String.valueOf(a.id()));
    }

    @Test
    void theRealTypeMustMatchTheClaimedKind() throws Exception {
        CaseFile c = f.aFiledCase();
        Actor officer = f.actor("officer1");
        byte[] png = EvidenceFixtures.bytes(PNG_HEAD, 5000, SEED.incrementAndGet());
        DomainException e = refused(c.id(), "evidence.kindMismatch", () -> evidence.ingest(officer, c.id(),
                meta(EvidenceKind.VIDEO, "fake.mp4"), new ByteArrayInputStream(png)));
        assertThat(messages.of(e, Messages.ZH_CN)).contains("视频").contains("image/png");
        assertThat(messages.of(e, Locale.ENGLISH)).contains("Video").contains("image/png");
        byte[] exe = EvidenceFixtures.bytes(EvidenceFixtures.ascii("MZ\u0090\u0000"), 5000, SEED.incrementAndGet());
        refused(c.id(), "evidence.unknownType", () -> evidence.ingest(officer, c.id(),
                meta(EvidenceKind.ELECTRONIC_DATA, "tool.exe"), new ByteArrayInputStream(exe)));
        refused(c.id(), "evidence.unknownType", () -> evidence.ingest(officer, c.id(),
                meta(EvidenceKind.PHOTO, "empty.jpg"), new ByteArrayInputStream(new byte[0])));
        // and the right claim is accepted
        Evidence ok = evidence.ingest(officer, c.id(), meta(EvidenceKind.PHOTO, "real.png"),
                new ByteArrayInputStream(png));
        assertThat(ok.mediaType()).isEqualTo("image/png");
        // a scanned paper document (PNG or JPEG) is 书证 too (issue 16)
        Evidence scan = evidence.ingest(officer, c.id(), meta(EvidenceKind.DOCUMENT, "营业执照扫描件.png"),
                new ByteArrayInputStream(EvidenceFixtures.bytes(PNG_HEAD, 5000, SEED.incrementAndGet())));
        assertThat(scan.kind()).isEqualTo(EvidenceKind.DOCUMENT);
        assertThat(scan.mediaType()).isEqualTo("image/png");
    }

    @Test
    void aFileOverTheLimitOfItsKindIsRefusedWhileStreaming() throws Exception {
        CaseFile c = f.aFiledCase();
        DataSize old = settings.getMaxSize().get(EvidenceKind.PHOTO);
        settings.getMaxSize().put(EvidenceKind.PHOTO, DataSize.ofMegabytes(1));
        try {
            long seed = SEED.incrementAndGet();
            DomainException e = refused(c.id(), "evidence.tooLarge", () -> evidence.ingest(f.actor("officer1"),
                    c.id(), meta(EvidenceKind.PHOTO, "big.jpg"), content(JPEG_HEAD, 3L * 1024 * 1024, seed)));
            assertThat(messages.of(e, Messages.ZH_CN)).contains("1 MB").contains("照片");
        } finally {
            settings.getMaxSize().put(EvidenceKind.PHOTO, old);
        }
    }

    @Test
    void anUploadFailingHalfwayLeavesNothingBehind() throws Exception {
        CaseFile c = f.aFiledCase();
        Map<String, Object> before = snapshot(c.id());
        long seed = SEED.incrementAndGet();
        assertThatThrownBy(() -> evidence.ingest(f.actor("officer1"), c.id(), meta(EvidenceKind.VIDEO, "cut.mp4"),
                content(MP4_HEAD, 40L * 1024 * 1024, seed, 7L * 1024 * 1024)))
                .isInstanceOf(UncheckedIOException.class);
        assertThat(snapshot(c.id())).isEqualTo(before);
    }

    /** Polls a condition for up to 20 s (the server handles the aborted request on its own thread). */
    private static void eventually(String what, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.onSpinWait();
            Thread.yield();
        }
    }

    @Test
    void anApiUploadKilledHalfwayLeavesNoHalfEvidence() throws Exception {
        CaseFile c = f.aFiledCase();
        Map<String, Object> before = snapshot(c.id());
        long size = 40L * 1024 * 1024;
        String query = "kind=VIDEO&fileName=cut.mp4&capturedAt=" + earlier() + "&officerIds="
                + f.actor("officer1").userId();
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            java.io.OutputStream out = socket.getOutputStream();
            out.write(("POST /api/cases/" + c.id() + "/evidence?" + query + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: " + basic("officer1") + "\r\nContent-Type: application/octet-stream\r\n"
                    + "Content-Length: " + size + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            try (InputStream body = content(MP4_HEAD, size, SEED.incrementAndGet())) {
                byte[] buf = new byte[1 << 20];
                for (int i = 0; i < 12; i++) { // 12 of 40 MiB, then the client dies
                    int n = body.readNBytes(buf, 0, buf.length);
                    out.write(buf, 0, n);
                }
            }
            out.flush();
            // streamed, not buffered: the server is already writing the temporary file
            eventually("the upload is being written", () -> tempFiles() == 1);
        }
        eventually("the aborted upload is cleaned up", () -> tempFiles() == 0);
        assertThat(snapshot(c.id())).isEqualTo(before);
    }

    @Test
    void leftoversOfACrashHalfwayAreRemovedWhenTheStoreStarts() throws Exception {
        Path leftover = root().resolve("tmp").resolve("7f1d8c1e-0000-4000-8000-000000000001.part");
        Files.write(leftover, new byte[4096]);
        // a crash leaves a part nobody writes any more; a part written in the last minutes may be another node's
        // upload in progress on the shared store (decision 0019) and is kept
        Files.setLastModifiedTime(leftover, java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(java.time.Duration.ofMinutes(11))));
        Path inProgress = root().resolve("tmp").resolve("7f1d8c1e-0000-4000-8000-000000000002.part");
        Files.write(inProgress, new byte[1024]);
        long stored = storedFiles();
        EvidenceStore restarted = new EvidenceConfig().evidenceStore(settings); // what the application does on start
        assertThat(leftover).doesNotExist();
        assertThat(inProgress).exists();
        Files.delete(inProgress);
        assertThat(storedFiles()).isEqualTo(stored);
        assertThat(restarted.removeLeftovers()).isZero();
    }

    @Test
    void metadataIsChecked() throws Exception {
        CaseFile c = f.aFiledCase();
        Actor officer = f.actor("officer1");
        byte[] jpg = EvidenceFixtures.bytes(JPEG_HEAD, 2000, SEED.incrementAndGet());
        LocalDateTime future = LocalDateTime.now(clock).plusHours(1);
        refused(c.id(), "evidence.capturedInFuture", () -> evidence.ingest(officer, c.id(),
                EvidenceFixtures.meta(future, EvidenceKind.PHOTO, "x.jpg", officers("officer1"), null),
                new ByteArrayInputStream(jpg)));
        refused(c.id(), "evidence.officerOtherUnit", () -> evidence.ingest(officer, c.id(),
                EvidenceFixtures.meta(earlier(), EvidenceKind.PHOTO, "x.jpg", officers("officer1", "wj_officer1"),
                        null), new ByteArrayInputStream(jpg)));
        refused(c.id(), "evidence.noOfficers", () -> evidence.ingest(officer, c.id(),
                EvidenceFixtures.meta(earlier(), EvidenceKind.PHOTO, "x.jpg", List.of(), null),
                new ByteArrayInputStream(jpg)));
        refused(c.id(), "evidence.gpsRange", () -> evidence.ingest(officer, c.id(),
                new NewEvidence(EvidenceKind.PHOTO, "x.jpg", earlier(), officers("officer1"), null,
                        new BigDecimal("91"), new BigDecimal("116.4"), null, null, null, null),
                new ByteArrayInputStream(jpg)));
        refused(c.id(), "field.required", () -> evidence.ingest(officer, c.id(),
                EvidenceFixtures.meta(earlier(), EvidenceKind.PHOTO, " ", officers("officer1"), null),
                new ByteArrayInputStream(jpg)));
        Evidence ok = evidence.ingest(officer, c.id(), EvidenceFixtures.meta(earlier(), EvidenceKind.PHOTO,
                "../../etc/现场.jpg", officers("officer1"), null), new ByteArrayInputStream(jpg));
        assertThat(ok.fileName()).isEqualTo("现场.jpg");
    }

    @Test
    void otherUnitsSeeNothingAndSupervisorsOnlyRead() throws Exception {
        CaseFile c = f.aFiledCase();
        Evidence e = evidence.ingest(f.actor("officer1"), c.id(), meta(EvidenceKind.PHOTO, "scope.jpg"),
                new ByteArrayInputStream(EvidenceFixtures.bytes(JPEG_HEAD, 2000, SEED.incrementAndGet())));
        Actor other = f.actor("wj_officer1");
        byte[] jpg = EvidenceFixtures.bytes(JPEG_HEAD, 2000, SEED.incrementAndGet());
        refused(c.id(), "case.notFound", () -> evidence.list(other, c.id()));
        refused(c.id(), "evidence.notFound", () -> evidence.get(other, e.id()));
        refused(c.id(), "evidence.notFound", () -> evidence.open(other, e.id(), EvidenceService.Access.VIEW, true));
        refused(c.id(), "case.notFound", () -> evidence.ingest(other, c.id(),
                EvidenceFixtures.meta(earlier(), EvidenceKind.PHOTO, "x.jpg", officers("wj_officer1"), null),
                new ByteArrayInputStream(jpg)));
        Actor supervisor = f.actor("supervisor1");
        assertThat(evidence.list(supervisor, c.id())).extracting(Evidence::id).containsExactly(e.id());
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/evidence/" + e.id() + "/content"))
                .header("Authorization", basic("wj_officer1")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(404);
    }

    @Test
    void viewsAndDownloadsAreRecordedOncePerOpeningAndRangesAreServed() throws Exception {
        CaseFile c = f.aFiledCase();
        byte[] mp4 = EvidenceFixtures.bytes(MP4_HEAD, 200_000, SEED.incrementAndGet());
        Evidence e = evidence.ingest(f.actor("officer1"), c.id(), meta(EvidenceKind.VIDEO, "play.mp4"),
                new ByteArrayInputStream(mp4));
        String url = "http://localhost:" + port + "/api/evidence/" + e.id() + "/content";
        HttpResponse<byte[]> first = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", basic("officer2")).header("Range", "bytes=0-").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(first.statusCode()).isEqualTo(206);
        assertThat(first.body()).isEqualTo(mp4);
        HttpResponse<byte[]> seek = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", basic("officer2")).header("Range", "bytes=1000-1999").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(seek.statusCode()).isEqualTo(206);
        assertThat(seek.headers().firstValue("Content-Range")).contains("bytes 1000-1999/200000");
        assertThat(seek.body()).isEqualTo(java.util.Arrays.copyOfRange(mp4, 1000, 2000));
        HttpResponse<byte[]> download = http.send(HttpRequest.newBuilder(URI.create(url + "?download=true"))
                .header("Authorization", basic("supervisor1")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
        assertThat(download.headers().firstValue("X-Content-SHA256")).contains(e.sha256());
        assertThat(download.body()).isEqualTo(mp4);
        List<Map<String, Object>> entries = jdbc.queryForList("SELECT action, actor_id FROM case_record "
                + "WHERE case_id = ? AND action IN ('EVIDENCE_VIEWED', 'EVIDENCE_DOWNLOADED') ORDER BY id", c.id());
        assertThat(entries).extracting(m -> m.get("action"))
                .containsExactly("EVIDENCE_VIEWED", "EVIDENCE_DOWNLOADED");
    }

    @Test
    void custodyHandOverAndAnnotationsAreRecordEntries() throws Exception {
        CaseFile c = f.aFiledCase();
        Evidence e = evidence.ingest(f.actor("officer1"), c.id(), meta(EvidenceKind.PHOTO, "custody.jpg"),
                new ByteArrayInputStream(EvidenceFixtures.bytes(JPEG_HEAD, 2000, SEED.incrementAndGet())));
        assertThat(e.custodianId()).isEqualTo(f.actor("officer1").userId());
        long officer3 = f.actor("officer3").userId();
        refused(c.id(), "evidence.notCustodian", () -> evidence.handOver(f.actor("officer2"), e.id(), officer3,
                "交证物室"));
        refused(c.id(), "field.required", () -> evidence.handOver(f.actor("officer1"), e.id(), officer3, " "));
        refused(c.id(), "evidence.custodianOtherUnit", () -> evidence.handOver(f.actor("officer1"), e.id(),
                f.actor("wj_officer1").userId(), "交证物室"));
        Evidence moved = evidence.handOver(f.actor("officer1"), e.id(), officer3, "交证物室保管");
        assertThat(moved.custodianId()).isEqualTo(officer3);
        assertThat(moved.sha256()).isEqualTo(e.sha256());
        // the custodian need not be a handler; annotating is for the handlers
        refused(c.id(), "permission.relation.HANDLER", () -> {
            evidence.annotate(f.actor("officer3"), e.id(), "拍摄时间应为 10:05");
            return null;
        });
        evidence.annotate(f.actor("officer2"), e.id(), "拍摄时间应为 10:05");
        refused(c.id(), "field.required", () -> {
            evidence.annotate(f.actor("officer2"), e.id(), "");
            return null;
        });
        List<String> comments = jdbc.queryForList("SELECT summary FROM case_record WHERE case_id = ? "
                + "AND action IN ('EVIDENCE_HANDED_OVER', 'EVIDENCE_ANNOTATED') ORDER BY id", String.class, c.id());
        assertThat(comments).hasSize(2);
        assertThat(comments.get(0)).contains("王强").contains("张伟").contains("交证物室保管");
        assertThat(comments.get(1)).contains("10:05");
    }
}
