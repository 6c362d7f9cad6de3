package cn.zhifa.casefile;

/**
 * Gives a document its 文书号 when it is registered, inside the registering transaction (implemented by the document
 * module). Returns the number to store, or {@code proposed} (the step's own number, possibly null) when the document
 * type carries no number of its own.
 */
public interface DocumentNumbering {

    String number(long caseId, String docType, String title, String proposed);
}
