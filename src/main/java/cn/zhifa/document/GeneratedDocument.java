package cn.zhifa.document;

import java.time.LocalDateTime;

/**
 * One generated version of a registered document: its number, the template version used, the hashes of the .docx
 * and the PDF as stored, and for a correction the reason.
 */
public record GeneratedDocument(long versionId, long documentId, long caseId, DocumentType type, String title,
        String docNo, int version, int templateVersion, String docxSha256, String pdfSha256, int pages, String reason,
        LocalDateTime createdAt) {
}
