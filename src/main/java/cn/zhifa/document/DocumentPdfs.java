package cn.zhifa.document;

import cn.zhifa.casefile.DocumentKind;
import cn.zhifa.shared.StoredText;
import cn.zhifa.casefile.CaseRecord;
import cn.zhifa.document.internal.DocumentMapper;
import cn.zhifa.document.internal.VersionRow;
import cn.zhifa.evidence.EvidenceStore;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PDF of a generated document, laid out from its stored .docx (the document of record) the first time anyone needs
 * it, then stored once in the content-addressed store beside it and recorded ({@code DOCUMENT_PDF_RENDERED}, naming
 * the .docx it was laid out from and the PDF's hash); from then on the stored PDF is handed out and covered by
 * {@code record/verify} and the export. Two first downloads at once: the version row is locked, one lays it out, the
 * other reads what it stored. Laying out is deterministic in the .docx, so nothing depends on when it happens.
 */
@Component
class DocumentPdfs {

    private final DocumentMapper mapper;
    private final DocumentWorker worker;
    private final EvidenceStore store;
    private final CaseRecord record;
    private final StoredDocx docx;

    DocumentPdfs(DocumentMapper mapper, DocumentWorker worker, EvidenceStore store, CaseRecord record,
            StoredDocx docx) {
        this.mapper = mapper;
        this.docx = docx;
        this.worker = worker;
        this.store = store;
        this.record = record;
    }

    /** The version with its PDF: laid out, stored and recorded now if it had none (in the caller's transaction). */
    @Transactional
    VersionRow withPdf(VersionRow v, String title, long actorId) {
        if (v.pdfPath != null) {
            return v;
        }
        VersionRow locked = mapper.lockVersion(v.id);
        if (locked.pdfPath != null) {
            return locked; // laid out by a concurrent first download
        }
        DocumentRenderer.Rendered pdf = DocumentRenderer.pdf(docx.of(locked));
        EvidenceStore.Received stored = worker.put(pdf.pdf());
        locked.pdfSha256 = stored.sha256();
        locked.pdfPath = store.pathOf(stored.sha256());
        locked.pdfSize = stored.size();
        locked.pdfPages = pdf.pages();
        mapper.setPdf(locked.id, locked.pdfSha256, locked.pdfPath, locked.pdfSize, locked.pdfPages);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("documentId", locked.documentId);
        details.put("docType", locked.docType);
        details.put("docNo", locked.docNo);
        details.put("version", locked.version);
        details.put("docxSha256", locked.docxSha256);
        details.put("pdfSha256", locked.pdfSha256);
        details.put("pages", locked.pdfPages);
        record.append(locked.caseId, "DOCUMENT_PDF_RENDERED", actorId, StoredText.of("text.document.pdf",
                DocumentKind.numbered(locked.docType, title, locked.docNo)), details);
        return locked;
    }

    /** The .docx of a version ({@link StoredDocx}). */
    byte[] docx(VersionRow v) {
        return docx.of(v);
    }

    byte[] bytes(String path) {
        return store.readAll(path);
    }
}
