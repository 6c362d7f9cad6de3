package cn.zhifa.record;

import cn.zhifa.casefile.CaseArtifacts;
import cn.zhifa.casefile.CaseRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Test-only {@link CaseArtifacts}: files stored in a temp directory with the SHA-256 taken when stored (as the
 * evidence vault will), each storage appended to the record through the port. Present in every test context; holds
 * nothing unless a test stores a file.
 */
@Component
public class TestArtifacts implements CaseArtifacts {

    private final CaseRecord record;
    private final Path dir;
    private final Map<Long, List<Artifact>> byCase = new ConcurrentHashMap<>();

    TestArtifacts(CaseRecord record) throws IOException {
        this.record = record;
        this.dir = Files.createTempDirectory("zhifa-test-artifacts");
    }

    /** Stores a file for the case; returns where its bytes live (for tamper tests). */
    public Path store(long caseId, String name, byte[] bytes) {
        try {
            Path file = dir.resolve(caseId + "-" + name);
            Files.write(file, bytes);
            String sha = RecordCanonical.sha256(bytes);
            String path = "evidence/" + name;
            byCase.computeIfAbsent(caseId, k -> new ArrayList<>())
                    .add(new Artifact(path, bytes.length, sha, () -> Files.newInputStream(file)));
            record.append(caseId, "EVIDENCE_ADDED", null, name, Map.of("path", path, "sha256", sha));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<Artifact> artifacts(long caseId) {
        return List.copyOf(byCase.getOrDefault(caseId, List.of()));
    }
}
