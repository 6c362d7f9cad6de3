package cn.zhifa.casefile;

import java.time.LocalDateTime;

/** A document record (文书) of a case: metadata now, generation later. */
public record CaseDocument(long id, long caseId, String docType, String title, String docNo, CaseStage stage,
        long createdBy, LocalDateTime createdAt) {

    /** The document's name as stored text: its kind's label for a standard title (decision 0033). */
    public String name() {
        return DocumentKind.storedTitle(docType, title);
    }
}
