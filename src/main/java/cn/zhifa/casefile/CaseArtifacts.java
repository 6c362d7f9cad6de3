package cn.zhifa.casefile;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Files a feature stores for a case (e.g. the evidence vault's evidence files). The record's verifier re-hashes each
 * artifact against its expected SHA-256 and the case export writes each into the ZIP and its manifest.
 */
public interface CaseArtifacts {

    List<Artifact> artifacts(long caseId);

    /**
     * Before an export lists the artifacts (and reads the record): make what is made on first need (e.g. the frozen
     * dossier's PDF), in the export's transaction, recording it as {@code actorId}.
     */
    default void prepareExport(long caseId, Long actorId) {
    }

    /**
     * @param path   the path inside the export (e.g. {@code evidence/12-photo.jpg}), unique per case
     * @param sha256 the expected SHA-256 (lower-case hex) as recorded when the file was stored
     */
    record Artifact(String path, long size, String sha256, Opener content) {
    }

    @FunctionalInterface
    interface Opener {
        InputStream open() throws IOException;
    }
}
