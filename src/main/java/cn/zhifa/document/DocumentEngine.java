package cn.zhifa.document;

import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.casefile.CaseRecord;
import cn.zhifa.casefile.CaseStage;
import cn.zhifa.casefile.DocumentRegistered;
import cn.zhifa.document.internal.JobRow;
import cn.zhifa.shared.TransactionScoped;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Hooks the document register: when a step registers a document, just before the step's transaction commits (so the
 * step's case data is written) the document's content is taken from the case and checked — a missing required
 * element throws and the whole step rolls back — and its .docx (the document of record) is made, stored and
 * recorded in that same transaction: a step and its documents commit together or not at all. The PDF is laid out
 * from the .docx when first needed ({@link DocumentPdfs}); at 归档 the dossier is frozen as its manifest in the same
 * transaction and laid out when first needed ({@link DocumentDossiers}).
 */
@Component
class DocumentEngine {

    static final String DOSSIER = "DOSSIER";

    /** The documents registered on this thread while a preview runs its step ({@link StepPreviews}). */
    private static final ThreadLocal<List<DocumentRegistered>> CAPTURE = new ThreadLocal<>();

    private final DocumentData data;
    private final CaseFileService cases;
    private final DocumentTemplates templates;
    private final DocumentWorker worker;
    private final DocumentDossiers dossiers;
    private final CaseRecord record;
    private final Clock clock;
    /** Not final: the throughput benchmark flips it between whole cases in one application (never in service). */
    private volatile boolean generate;

    /**
     * {@code zhifa.documents.generate=false} switches generation off altogether (no content check, no .docx, no
     * dossier) — only to measure what documents cost (the throughput benchmark); never in service.
     */
    DocumentEngine(DocumentData data, DocumentTemplates templates, DocumentWorker worker,
            DocumentDossiers dossiers, CaseRecord record, Clock clock, CaseFileService cases,
            @org.springframework.beans.factory.annotation.Value("${zhifa.documents.generate:true}") boolean generate) {
        this.generate = generate;
        this.cases = cases;
        this.data = data;
        this.templates = templates;
        this.worker = worker;
        this.dossiers = dossiers;
        this.record = record;
        this.clock = clock;
    }

    /** Runs {@code work} collecting the documents it registers (a preview; its transaction never commits). */
    void capture(List<DocumentRegistered> into, Runnable work) {
        CAPTURE.set(into);
        try {
            work.run();
        } finally {
            CAPTURE.remove();
        }
    }

    @EventListener
    void seen(DocumentRegistered e) {
        List<DocumentRegistered> into = CAPTURE.get();
        if (into != null) {
            into.add(e);
        }
    }

    @Order(TransactionScoped.MAKE) // before the pre-audit, which reads what this makes, and the counters
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void registered(DocumentRegistered e) {
        DocumentType type = DocumentType.of(e.docType()).orElse(null);
        if (type == null || !generate) {
            return; // material the system does not generate (photos, uploaded papers)
        }
        CaseStage stage = data.caseAtCommit(e.caseId()).stage(); // as the step leaves it: the entries' stage
        List<CaseRecord.Entry> entries = new ArrayList<>();
        entries.add(generate(type, e.caseId(), e.documentId(), e.title(), e.docNo(), e.actorId()));
        if (type.external() && type != DocumentType.DECISION && type != DocumentType.SUMMARY_DECISION) {
            // 送达回证 per served document: the decision's comes with the service step, the on-the-spot decision is
            // signed for on the decision itself; every other document served on the party gets its own here (its
            // register entry first, as when it was filed on its own)
            String title = "送达回证（" + e.title() + "）";
            CaseRecord.Entry filed = cases.fileDocumentAtCommit(e.caseId(), DocumentType.SERVICE_RECEIPT.name(), title,
                    stage, e.actorId());
            entries.add(0, filed);
            long receiptId = ((Number) filed.details().get("documentId")).longValue();
            entries.add(generate(DocumentType.SERVICE_RECEIPT, e.caseId(), receiptId, title, null, e.actorId()));
        }
        if (type == DocumentType.CLOSING_APPROVAL_FORM && stage == CaseStage.ARCHIVED) {
            entries.add(dossiers.freeze(e.caseId(), e.actorId())); // frozen with the closing form, as one append
        }
        record.appendAll(e.caseId(), entries.stream().map(x -> x.stage() != null ? x
                : new CaseRecord.Entry(x.action(), x.actorId(), x.summary(), x.details(), stage)).toList());
    }

    /** The document's content checked and its .docx made and stored, in the step's transaction; its record entry. */
    private CaseRecord.Entry generate(DocumentType type, long caseId, long documentId, String title, String docNo,
            long actorId) {
        DocumentRegistered e = new DocumentRegistered(caseId, documentId, type.name(), title, docNo, null, actorId);
        DocumentTemplates.Template template = templates.currentAtCommit(data.caseAtCommit(e.caseId()).unitId(), type);
        Map<String, String> fields = data.buildAtCommit(type, e.caseId(), CompiledTemplate.of(template.bytes()).stated(),
                e.documentId(), e.title(), e.docNo());
        JobRow job = new JobRow();
        job.documentId = e.documentId();
        job.caseId = e.caseId();
        job.docType = type.name();
        job.docNo = fields.get("docNo").isEmpty() ? null : fields.get("docNo");
        job.title = e.title();
        job.actorId = e.actorId();
        job.templateVersion = template.version();
        return worker.render(job, template, fields, LocalDateTime.now(clock));
    }
}
