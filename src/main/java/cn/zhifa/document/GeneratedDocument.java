package cn.zhifa.document;

import java.time.LocalDateTime;

/**
 * One generated version of a registered document: its number, the template version used, the hash of the .docx (the
 * document of record), the PDF's hash and pages once it has been laid out (null before its first download), and for
 * a correction the reason.
 */
public record GeneratedDocument(long versionId, long documentId, long caseId, DocumentType type, String title,
        String docNo, int version, int templateVersion, String docxSha256, String pdfSha256, Integer pages,
        String reason, LocalDateTime createdAt) {
}
