package cn.zhifa.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.casefile.CaseFile;
import cn.zhifa.demo.DemoData;
import cn.zhifa.organization.Actor;
import cn.zhifa.record.RecordService;
import cn.zhifa.record.Verification;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The vault and the record together: real evidence lands in the case export beside the chain, `sha256sum -c` checks
 * it offline, and a byte flipped in the stored file is named by verify.
 */
@IntegrationTest
class EvidenceExportIT {

    @Autowired CaseFiles f;
    @Autowired EvidenceService evidence;
    @Autowired EvidenceStore store;
    @Autowired RecordService records;
    @Autowired TestRestTemplate rest;
    @Autowired Clock clock;

    @TempDir Path tmp;

    @Test
    void evidenceIsExportedCheckedOfflineAndATamperedFileIsNamed() throws Exception {
        CaseFile c = f.aCaseAtNotice();
        Actor officer = f.actor("officer1");
        List<Long> present = List.of(officer.userId(), f.actor("officer2").userId());
        LocalDateTime at = LocalDateTime.now(clock).minusMinutes(5).withNano(0);
        Evidence photo = evidence.ingest(officer, c.id(), EvidenceFixtures.meta(at, EvidenceKind.PHOTO, "现场.png",
                present, null), EvidenceFixtures.content(EvidenceFixtures.PNG_HEAD, 300_000, 7));
        Evidence video = evidence.ingest(officer, c.id(), EvidenceFixtures.meta(at, EvidenceKind.VIDEO, "执法记录.mp4",
                present, null), EvidenceFixtures.content(EvidenceFixtures.MP4_HEAD, 2_000_000, 8));

        HttpHeaders h = new HttpHeaders();
        h.setBasicAuth("head1", DemoData.PASSWORD);
        ResponseEntity<byte[]> r = rest.exchange("/api/cases/" + c.id() + "/record/export", HttpMethod.GET,
                new HttpEntity<>(h), byte[].class);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(r.getBody()), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                names.add(e.getName());
                Path target = tmp.resolve(e.getName());
                Files.createDirectories(target.getParent());
                Files.write(target, in.readAllBytes());
            }
        }
        assertThat(names).anyMatch(n -> n.startsWith("evidence/" + photo.id() + "-"))
                .anyMatch(n -> n.startsWith("evidence/" + video.id() + "-")).contains("record/chain.jsonl");
        String chain = Files.readString(tmp.resolve("record/chain.jsonl"));
        assertThat(chain).contains("EVIDENCE_ADDED", photo.sha256(), video.sha256());
        Process p = new ProcessBuilder("sha256sum", "-c", "SHA256SUMS").directory(tmp.toFile())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains(": OK").doesNotContain("FAILED");

        Verification ok = records.verify(f.actor("head1"), c.id());
        assertThat(ok.ok()).isTrue();
        assertThat(ok.artifactsChecked()).isGreaterThanOrEqualTo(2);

        // someone with disk access flips one byte of the stored video
        Path stored = ((FileSystemEvidenceStore) store).root().resolve(video.storagePath());
        assertThat(stored.toFile().setWritable(true)).isTrue();
        byte[] bytes = Files.readAllBytes(stored);
        bytes[1_000_000] ^= 0x01;
        Files.write(stored, bytes);
        try {
            Verification bad = records.verify(f.actor("head1"), c.id());
            assertThat(bad.ok()).isFalse();
            assertThat(bad.firstBrokenEntry()).isNull();
            assertThat(bad.firstBadArtifact().path()).startsWith("evidence/" + video.id() + "-");
            assertThat(bad.firstBadArtifact().expected()).isEqualTo(video.sha256());
        } finally {
            bytes[1_000_000] ^= 0x01;
            Files.write(stored, bytes);
        }
    }
}
