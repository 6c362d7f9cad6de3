package cn.zhifa.document;

import java.util.List;

/**
 * Everything a 卷宗 dossier shows, fixed when the dossier is made: the cover's rows, the parts in archive order (each
 * document with the stored .docx it is laid out from, and the evidence list), the 备考表's compiler, checker and
 * date. The dossier's PDF is laid out from this alone ({@link DocumentDossiers#build}), so the copy frozen at 归档 is
 * this manifest — stored and recorded at 归档 — and its PDF says the same whenever it is first laid out.
 */
record DossierManifest(int format, long caseId, boolean finalCopy, String unitName, List<List<String>> cover,
        List<Part> parts, String compiler, String checker, String compiledOn) {

    static final int FORMAT = 1;

    /**
     * A document part ({@code versionId} set, and {@code docxPath} for a version whose .docx is a file of the evidence
     * store, made before V396) or the evidence list ({@code evidence} set).
     */
    record Part(String title, String docNo, String date, String docxPath, String docxSha256, List<Item> evidence,
            Long versionId) {

        boolean isEvidenceList() {
            return evidence != null;
        }
    }

    /** One entry of the evidence list; {@code storagePath} of an image gives its thumbnail. */
    record Item(String kind, String fileName, String capturedAt, String officers, String sha256, String description,
            String mediaType, String storagePath) {
    }
}
