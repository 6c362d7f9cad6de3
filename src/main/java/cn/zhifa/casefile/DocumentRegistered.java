package cn.zhifa.casefile;

/**
 * A document (文书) was registered for a case ({@code case_document} row written), published inside the step's
 * transaction. Listeners that throw refuse the step: the whole transaction rolls back. {@code docNo} is the number the
 * step gave the document, or null; {@code actorId} is the user who registered it.
 */
public record DocumentRegistered(long caseId, long documentId, String docType, String title, String docNo,
        CaseStage stage, long actorId) {
}
