package cn.zhifa.record;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.demo.DemoData;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The export ZIP checks offline with standard tools ({@code sha256sum -c}) and with the JDK-only verifier run as a
 * separate program; both find a flipped byte, the verifier names the entry or file.
 */
@IntegrationTest
class RecordExportIT {

    @Autowired CaseFiles f;
    @Autowired TestArtifacts artifacts;
    @Autowired TestRestTemplate rest;
    @Autowired JdbcTemplate jdbc;

    @TempDir Path tmp;

    private record Run(int exit, String out) {
    }

    private static Run run(Path dir, String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out);
    }

    private static Run verifier(Path zip, String... options) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path source = Path.of("src/main/java/cn/zhifa/record/cli/VerifyExport.java").toAbsolutePath();
        List<String> command = new ArrayList<>(List.of(java, source.toString()));
        command.addAll(List.of(options));
        command.add(zip.toString());
        return run(zip.getParent(), command.toArray(String[]::new));
    }

    private byte[] export(String user, long caseId) {
        HttpHeaders h = new HttpHeaders();
        h.setBasicAuth(user, DemoData.PASSWORD);
        ResponseEntity<byte[]> r = rest.exchange("/api/cases/" + caseId + "/record/export", HttpMethod.GET,
                new HttpEntity<>(h), byte[].class);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(r.getHeaders().getContentDisposition().getFilename()).isEqualTo("case-" + caseId + "-record.zip");
        return r.getBody();
    }

    private static Map<String, byte[]> unzip(byte[] zip, Path dir) throws IOException {
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] bytes = in.readAllBytes();
                files.put(e.getName(), bytes);
                Path target = dir.resolve(e.getName());
                Files.createDirectories(target.getParent());
                Files.write(target, bytes);
            }
        }
        return files;
    }

    private static Path rezip(Map<String, byte[]> files, Path zip) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip), StandardCharsets.UTF_8)) {
            for (var e : files.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return zip;
    }

    /** The canonical entry's summary: null or a JSON string, which may hold escaped quotes (a stored text, 0033). */
    private static final String SUMMARY = "\"summary\":(null|\"(?:[^\"\\\\]|\\\\.)*\")";

    @Test
    void anArchivedCasesExportCarriesItsFrozenDossierLaidOutFromItsManifest() throws Exception {
        long id = f.anArchivedCase().id();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM doc_dossier WHERE case_id = ? AND final_copy = TRUE "
                + "AND path IS NULL", Integer.class, id)).isEqualTo(1); // not laid out before anyone needs it
        Path dir = Files.createDirectories(tmp.resolve("archived"));
        Map<String, byte[]> files = unzip(export("head1", id), dir);
        assertThat(files.keySet()).anyMatch(k -> k.matches("documents/dossier-\\d+\\.pdf"))
                .anyMatch(k -> k.matches("documents/dossier-\\d+-manifest\\.json"));
        // laid out for the export, before the chain was read: the ZIP's chain names the PDF it carries
        String pdfSha = jdbc.queryForObject("SELECT sha256 FROM doc_dossier WHERE case_id = ? AND final_copy = TRUE",
                String.class, id);
        assertThat(new String(files.get("record/chain.jsonl"), StandardCharsets.UTF_8)).contains("DOSSIER_RENDERED",
                pdfSha);
        Run sums = run(dir, "sha256sum", "-c", "SHA256SUMS");
        assertThat(sums.exit()).as(sums.out()).isZero();
        assertThat(sums.out()).containsPattern("documents/dossier-\\d+\\.pdf: OK");
    }

    @Test
    void exportChecksWithSha256sumAndTheVerifierAndFindsAFlippedByte() throws Exception {
        long id = f.aCaseAtNotice().id();
        artifacts.store(id, "现场照片.jpg", "JPEG现场照片".getBytes(StandardCharsets.UTF_8));
        artifacts.store(id, "video.mp4", new byte[64 * 1024]);
        // a PDF is laid out from its .docx on the first download: open one, so the export carries both kinds
        long versionId = jdbc.queryForObject("SELECT MIN(id) FROM doc_version WHERE case_id = ?", Long.class, id);
        HttpHeaders h = new HttpHeaders();
        h.setBasicAuth("head1", DemoData.PASSWORD);
        assertThat(rest.exchange("/api/documents/" + versionId + "/pdf", HttpMethod.GET, new HttpEntity<>(h),
                byte[].class).getStatusCode()).isEqualTo(HttpStatus.OK);
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM case_record WHERE case_id = ?", Long.class, id);

        byte[] zip = export("head1", id);
        Path dir = Files.createDirectories(tmp.resolve("good"));
        Map<String, byte[]> files = unzip(zip, dir);
        assertThat(files.keySet()).filteredOn(k -> !k.startsWith("documents/")).containsExactlyInAnyOrder(
                "record/chain.jsonl", "record/texts.tsv", "record/seal.json", "README.txt", "evidence/现场照片.jpg",
                "evidence/video.mp4", "SHA256SUMS");
        // the summaries as the zh-CN reader reads them, beside their keys (decision 0033); typed text has none
        String texts = new String(files.get("record/texts.tsv"), StandardCharsets.UTF_8);
        assertThat(texts).startsWith("seq\taction\tkey\ttext_zh_CN\n")
                .contains("\tDOCUMENT_CREATED\tdoc.kind.LEAD_REGISTRATION\t案件来源登记表\n");
        assertThat(texts.split("\n")).hasSize((int) before + 1);
        // the generated documents (every .docx, and the PDF laid out above) are in the ZIP and in SHA256SUMS
        long docx = jdbc.queryForObject("SELECT COUNT(*) FROM doc_version WHERE case_id = ?", Long.class, id);
        assertThat(files.keySet()).filteredOn(k -> k.startsWith("documents/") && k.endsWith(".docx")).hasSize((int) docx);
        assertThat(files.keySet()).filteredOn(k -> k.startsWith("documents/") && k.endsWith(".pdf")).hasSize(1);
        assertThat(new String(files.get("SHA256SUMS"), StandardCharsets.UTF_8)).contains("documents/");
        String chain = new String(files.get("record/chain.jsonl"), StandardCharsets.UTF_8);
        assertThat(chain.split("\n")).hasSize((int) before);
        assertThat(chain).startsWith("{\"seq\":1,\"prev\":\"" + RecordCanonical.GENESIS + "\"");
        // the export is recorded, with the manifest's hash
        var last = jdbc.queryForMap("SELECT action, details FROM case_record WHERE case_id = ? ORDER BY seq DESC "
                + "LIMIT 1", id);
        assertThat(last.get("action")).isEqualTo("RECORD_EXPORTED");
        assertThat(last.get("details").toString())
                .contains(RecordCanonical.sha256(files.get("SHA256SUMS")));

        Run sums = run(dir, "sha256sum", "-c", "SHA256SUMS");
        assertThat(sums.exit()).as(sums.out()).isZero();
        assertThat(sums.out()).contains("evidence/video.mp4: OK", "record/chain.jsonl: OK");

        Path good = Files.write(tmp.resolve("good.zip"), zip);
        Run ok = verifier(good);
        assertThat(ok.exit()).as(ok.out()).isZero();
        long documentFiles = files.keySet().stream().filter(k -> k.startsWith("documents/")).count();
        assertThat(ok.out()).startsWith("OK " + before + " entries, " + (6 + documentFiles) + " files")
                .contains("sealed by key ");

        // flip one byte of a stored file: sha256sum and the verifier both fail, naming the file
        Path bad = dir.resolve("evidence/video.mp4");
        byte[] video = Files.readAllBytes(bad);
        video[100] ^= 0x01;
        Files.write(bad, video);
        Run sumsBad = run(dir, "sha256sum", "-c", "SHA256SUMS");
        assertThat(sumsBad.exit()).isNotZero();
        assertThat(sumsBad.out()).contains("evidence/video.mp4: FAILED");
        files.put("evidence/video.mp4", video);
        Run badFile = verifier(rezip(files, tmp.resolve("bad-file.zip")));
        assertThat(badFile.exit()).isEqualTo(1);
        assertThat(badFile.out()).startsWith("BROKEN file evidence/video.mp4: expected ");
    }

    @Test
    void theVerifierNamesAnEditedEntryEvenWhenTheManifestIsRecomputed() throws Exception {
        long id = f.aFiledCase().id();
        Map<String, byte[]> files = unzip(export("officer1", id), Files.createDirectories(tmp.resolve("x")));
        List<String> lines = new ArrayList<>(List.of(new String(files.get("record/chain.jsonl"),
                StandardCharsets.UTF_8).split("\n")));
        assertThat(lines.get(1)).contains("\"seq\":2,");
        lines.set(1, lines.get(1).replace("\"seq\":2,\"stage\"", "\"seq\":2,\"stage\"")
                .replaceFirst(SUMMARY + "\\}\\}$", "\"summary\":\"改过的\"}}"));
        byte[] chain = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        files.put("record/chain.jsonl", chain);
        // a careful forger also fixes the manifest: the chain itself still gives it away
        String sums = new String(files.get("SHA256SUMS"), StandardCharsets.UTF_8).replaceFirst(
                "^[0-9a-f]{64}  record/chain.jsonl", RecordCanonical.sha256(chain) + "  record/chain.jsonl");
        files.put("SHA256SUMS", sums.getBytes(StandardCharsets.UTF_8));
        Run r = verifier(rezip(files, tmp.resolve("edited.zip")));
        assertThat(r.exit()).as(r.out()).isEqualTo(1);
        assertThat(r.out()).startsWith("BROKEN entry 2: content changed");

        // dropping an entry is named too
        lines.remove(1);
        chain = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        files.put("record/chain.jsonl", chain);
        files.put("SHA256SUMS", new String(files.get("SHA256SUMS"), StandardCharsets.UTF_8).replaceFirst(
                "^[0-9a-f]{64}", RecordCanonical.sha256(chain)).getBytes(StandardCharsets.UTF_8));
        Run gap = verifier(rezip(files, tmp.resolve("gap.zip")));
        assertThat(gap.exit()).isEqualTo(1);
        assertThat(gap.out()).startsWith("BROKEN entry 2: missing or out of order (found 3)");
    }

    @Test
    void aRecomputedChainInAnExportFailsOnTheSeal() throws Exception {
        long id = f.aFiledCase().id();
        Map<String, byte[]> files = unzip(export("officer1", id), Files.createDirectories(tmp.resolve("r")));
        Path agencyKey = Path.of("src/test/resources/record/test-seal-key.pub.pem").toAbsolutePath();
        Run genuine = verifier(rezip(files, tmp.resolve("genuine.zip")), "--public-key", agencyKey.toString());
        assertThat(genuine.exit()).as(genuine.out()).isZero();
        assertThat(genuine.out()).contains("sealed by key", "(the given public key)");

        // a forger edits entry 2 and recomputes every later hash and the manifest: the chain verifies, the seal not
        List<String> lines = new ArrayList<>(List.of(new String(files.get("record/chain.jsonl"),
                StandardCharsets.UTF_8).split("\n")));
        java.util.regex.Pattern line = java.util.regex.Pattern.compile(
                "^\\{\"seq\":(\\d+),\"prev\":\"[0-9a-f]{64}\",\"hash\":\"[0-9a-f]{64}\",\"entry\":(\\{.*\\})\\}$");
        String prev = RecordCanonical.GENESIS;
        for (int i = 0; i < lines.size(); i++) {
            var m = line.matcher(lines.get(i));
            assertThat(m.matches()).isTrue();
            String entry = m.group(2);
            if (i == 1) {
                entry = entry.replaceFirst(SUMMARY + "\\}$", "\"summary\":\"伪造\"}");
            }
            String hash = RecordCanonical.hash(prev, entry);
            lines.set(i, RecordCanonical.chainLine(Long.parseLong(m.group(1)), prev, hash, entry));
            prev = hash;
        }
        byte[] chain = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        files.put("record/chain.jsonl", chain);
        files.put("SHA256SUMS", new String(files.get("SHA256SUMS"), StandardCharsets.UTF_8).replaceFirst(
                "^[0-9a-f]{64}", RecordCanonical.sha256(chain)).getBytes(StandardCharsets.UTF_8));
        Run forged = verifier(rezip(files, tmp.resolve("forged.zip")));
        assertThat(forged.exit()).as(forged.out()).isEqualTo(1);
        assertThat(forged.out()).startsWith("BROKEN seal: sealed entry");

        // … and re-signs with a key of his own: the agency's published key refuses it
        java.security.KeyPair own = java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        java.security.Signature sig = java.security.Signature.getInstance("Ed25519");
        sig.initSign(own.getPrivate());
        sig.update(RecordSeal.message(id, lines.size(), prev).getBytes(StandardCharsets.UTF_8));
        String ownId = RecordSeal.keyId(own.getPublic());
        String seal = "{\"alg\":\"Ed25519\",\"case\":" + id + ",\"seq\":" + lines.size() + ",\"hash\":\"" + prev
                + "\",\"key\":\"" + ownId + "\",\"sig\":\"" + java.util.Base64.getEncoder().encodeToString(sig.sign())
                + "\",\"publicKey\":\"" + java.util.Base64.getEncoder().encodeToString(own.getPublic().getEncoded())
                + "\"}\n";
        files.put("record/seal.json", seal.getBytes(StandardCharsets.UTF_8));
        String sums = new String(files.get("SHA256SUMS"), StandardCharsets.UTF_8).replaceFirst(
                "(?m)^[0-9a-f]{64}  record/seal.json", RecordCanonical.sha256(seal.getBytes(StandardCharsets.UTF_8))
                        + "  record/seal.json");
        files.put("SHA256SUMS", sums.getBytes(StandardCharsets.UTF_8));
        Path resigned = rezip(files, tmp.resolve("resigned.zip"));
        Run selfKey = verifier(resigned);
        assertThat(selfKey.exit()).as(selfKey.out()).isZero();
        assertThat(selfKey.out()).contains("sealed by key " + ownId, "compare this key id");
        Run agency = verifier(resigned, "--public-key", agencyKey.toString());
        assertThat(agency.exit()).as(agency.out()).isEqualTo(1);
        assertThat(agency.out()).startsWith("BROKEN seal: sealed with key " + ownId + ", not with the given public key");
    }
}
