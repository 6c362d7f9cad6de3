package cn.zhifa.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.casefile.CaseFile;
import cn.zhifa.demo.DemoData;
import cn.zhifa.organization.Actor;
import cn.zhifa.record.RecordService;
import cn.zhifa.shared.Messages;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import db.migration.V116__NormaliseEvidenceFileNames;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * File names and integrity on read: a hostile evidence name is stored normalised (the original kept), a bad name
 * stored before is renamed by the migration so the case exports and verifies again — checked with Debian's
 * {@code unzip} and {@code sha256sum -c} on Chinese names — and a stored file changed on disk is never served: the
 * download answers 409 problem+json, the case record names it, the unit's heads and the supervisors are alerted.
 */
@IntegrationTest
class EvidenceIntegrityIT {

    @Autowired CaseFiles f;
    @Autowired EvidenceService evidence;
    @Autowired EvidenceStore store;
    @Autowired RecordService records;
    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;
    @Autowired Messages messages;
    @Autowired ObjectMapper json;
    @Autowired Clock clock;
    @LocalServerPort int port;
    @TempDir Path tmp;

    private final HttpClient http = HttpClient.newHttpClient();

    private static final long SEED = System.nanoTime();

    private Evidence photo(long caseId, String name, long seed) {
        Actor officer = f.actor("officer1");
        return evidence.ingest(officer, caseId, EvidenceFixtures.meta(LocalDateTime.now(clock).minusMinutes(5)
                .withNano(0), EvidenceKind.PHOTO, name, List.of(officer.userId(), f.actor("officer2").userId()),
                null), new ByteArrayInputStream(EvidenceFixtures.bytes(EvidenceFixtures.JPEG_HEAD, 50_000, seed)));
    }

    private HttpResponse<byte[]> get(String user, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":"
                        + DemoData.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept-Language", "zh-CN").build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private record Run(int exit, String out) {
    }

    private static Run run(Path dir, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("LC_ALL", "C.UTF-8");
        pb.environment().put("LANG", "C.UTF-8");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out);
    }

    @Test
    void aHostileNameIsStoredNormalisedWithTheOriginalKept() {
        CaseFile c = f.aFiledCase();
        Evidence e = photo(c.id(), "..\\..\\现场照片..jpg", SEED + 1);
        assertThat(e.fileName()).isEqualTo("现场照片.jpg");
        assertThat(e.originalFileName()).isEqualTo("..\\..\\现场照片..jpg");
        String details = jdbc.queryForObject("SELECT details FROM case_record WHERE case_id = ? AND action = "
                + "'EVIDENCE_ADDED' ORDER BY id DESC LIMIT 1", String.class, c.id());
        assertThat(details).contains("现场照片.jpg").contains("originalFileName");
        Evidence normal = photo(c.id(), "执法记录.jpg", SEED + 2);
        assertThat(normal.originalFileName()).isNull();
    }

    /** The probe's case: a name with ".." stored before this fix broke the export for everyone; V116 renames it. */
    @Test
    void aCaseWithABadNameStoredBeforeExportsAndVerifiesAfterTheMigration() throws Exception {
        CaseFile c = f.aFiledCase();
        Evidence e = photo(c.id(), "现场照片.jpg", SEED + 3);
        jdbc.update("UPDATE evidence SET file_name = '现场照片..jpg' WHERE id = ?", e.id()); // as the old code stored it
        Evidence second = photo(c.id(), "nul.jpg", SEED + 4);
        assertThat(second.fileName()).isEqualTo("_nul.jpg");

        try (Connection con = dataSource.getConnection()) {
            new V116__NormaliseEvidenceFileNames().migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    return null;
                }

                @Override
                public Connection getConnection() {
                    return con;
                }
            });
        }
        Map<String, Object> row = jdbc.queryForMap("SELECT file_name, original_file_name FROM evidence WHERE id = ?",
                e.id());
        assertThat(row.get("file_name")).isEqualTo("现场照片.jpg");
        assertThat(row.get("original_file_name")).isEqualTo("现场照片..jpg");

        HttpResponse<byte[]> export = get("head1", "/api/cases/" + c.id() + "/record/export");
        assertThat(export.statusCode()).isEqualTo(200);
        Path zip = tmp.resolve("case.zip");
        Files.write(zip, export.body());
        Path dir = Files.createDirectories(tmp.resolve("out"));

        if (Files.isExecutable(Path.of("/usr/bin/unzip"))) {
            Run unzip = run(dir, "/usr/bin/unzip", "-q", zip.toString());
            assertThat(unzip.exit()).as(unzip.out()).isZero();
            assertThat(dir.resolve("evidence/" + e.id() + "-现场照片.jpg")).exists();
            Run sums = run(dir, "sha256sum", "-c", "SHA256SUMS");
            assertThat(sums.exit()).as(sums.out()).isZero();
            assertThat(sums.out()).contains("evidence/" + e.id() + "-现场照片.jpg: OK").doesNotContain("FAILED");
        } else {
            // CI installs Debian's unzip (.ci/run); nothing is installed from a test
            System.err.println("EvidenceIntegrityIT: /usr/bin/unzip is absent, the unzip check did not run");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path verifier = Path.of("src/main/java/cn/zhifa/record/cli/VerifyExport.java").toAbsolutePath();
        Run offline = run(tmp, java, verifier.toString(), zip.toString());
        assertThat(offline.exit()).as(offline.out()).isZero();
        assertThat(records.verify(f.actor("head1"), c.id()).ok()).isTrue();
    }

    @Test
    void aFileChangedOnDiskIsNeverServedAndIsAlerted() throws Exception {
        CaseFile c = f.aFiledCase();
        Evidence e = photo(c.id(), "篡改.jpg", SEED + 5);
        String url = "/api/evidence/" + e.id() + "/content?download=true";
        HttpResponse<byte[]> ok = get("officer1", url);
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.headers().firstValue("X-Content-SHA256")).contains(e.sha256());

        Path stored = ((FileSystemEvidenceStore) store).root().resolve(e.storagePath());
        byte[] original = Files.readAllBytes(stored);
        byte[] changed = original.clone();
        changed[40_000] ^= 0x01;
        assertThat(stored.toFile().setWritable(true)).isTrue();
        Files.write(stored, changed);
        // same size, and the modification time set back: only re-hashing can tell
        Files.setLastModifiedTime(stored, Files.getLastModifiedTime(stored));
        long heads = jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE kind = ?", Long.class,
                EvidenceService.INTEGRITY_ALERT);
        try {
            for (String user : List.of("officer2", "supervisor1")) {
                // (/evidence-files/{id}, the screens' address, is the same method behind the session login)
                for (String path : List.of(url, "/api/evidence/" + e.id() + "/content")) {
                    HttpResponse<byte[]> bad = get(user, path);
                    assertThat(bad.statusCode()).as(user + " " + path).isEqualTo(409);
                    assertThat(bad.headers().firstValue("Content-Type").orElse(""))
                            .startsWith("application/problem+json");
                    assertThat(bad.headers().firstValue("X-Content-SHA256")).isEmpty();
                    JsonNode problem = json.readTree(bad.body());
                    assertThat(problem.path("code").asText()).isEqualTo("evidence.integrityFailed");
                    assertThat(problem.path("detail").asText()).contains("篡改.jpg").contains("已阻止");
                }
            }
            List<Map<String, Object>> entries = jdbc.queryForList("SELECT actor_id, details FROM case_record WHERE "
                    + "case_id = ? AND action = 'EVIDENCE_INTEGRITY_FAILED' ORDER BY id", c.id());
            assertThat(entries).hasSize(4);
            assertThat(entries.get(0).get("details").toString()).contains(e.sha256()).contains("actualSha256");
            List<String> alerted = jdbc.queryForList("SELECT u.username FROM notification n JOIN app_user u ON "
                    + "u.id = n.user_id WHERE n.kind = ? AND n.case_id = ? ORDER BY u.username", String.class,
                    EvidenceService.INTEGRITY_ALERT, c.id());
            // once per person while unread: the unit's heads and every supervisor, not the handlers
            assertThat(alerted).doesNotHaveDuplicates().contains("head1", "head2", "principal", "supervisor1")
                    .doesNotContain("officer1", "officer2", "wj_head1", "admin");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE kind = ?", Long.class,
                    EvidenceService.INTEGRITY_ALERT)).isEqualTo(heads + alerted.size());
            assertThat(records.verify(f.actor("head1"), c.id()).ok()).isFalse();
        } finally {
            Files.write(stored, original);
        }
        assertThat(get("officer1", url).statusCode()).isEqualTo(200);
    }
}
