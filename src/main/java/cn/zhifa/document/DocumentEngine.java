package cn.zhifa.document;

import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.casefile.CaseStage;
import cn.zhifa.casefile.DocumentRegistered;
import cn.zhifa.document.internal.DocumentMapper;
import cn.zhifa.document.internal.JobRow;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Hooks the document register: when a step registers a document, just before the step's transaction commits (so the
 * step's case data is written) the document's content is taken from the case and checked — a missing required
 * element throws and the whole step rolls back — and a render job (outbox row, with the content as of this step) is
 * written in the same transaction. When that transaction commits the {@link DocumentWorker} renders its jobs.
 */
@Component
class DocumentEngine {

    static final String DOSSIER = "DOSSIER";

    /** The transaction-bound list of the render jobs its commit will render. */
    private static final Object JOBS = new Object();

    /** The documents registered on this thread while a preview runs its step ({@link StepPreviews}). */
    private static final ThreadLocal<List<DocumentRegistered>> CAPTURE = new ThreadLocal<>();

    private final DocumentData data;
    private final CaseFileService cases;
    private final DocumentTemplates templates;
    private final DocumentMapper mapper;
    private final DocumentWorker worker;
    private final ObjectMapper json;
    private final Clock clock;
    private final boolean generate;

    /**
     * {@code zhifa.documents.generate=false} switches generation off altogether (no content check, no outbox row, no
     * rendering) — only to measure what documents cost (the throughput benchmark); never in service.
     */
    DocumentEngine(DocumentData data, DocumentTemplates templates, DocumentMapper mapper, DocumentWorker worker,
            ObjectMapper json, Clock clock, CaseFileService cases,
            @org.springframework.beans.factory.annotation.Value("${zhifa.documents.generate:true}") boolean generate) {
        this.generate = generate;
        this.cases = cases;
        this.data = data;
        this.templates = templates;
        this.mapper = mapper;
        this.worker = worker;
        this.json = json;
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

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void registered(DocumentRegistered e) {
        DocumentType type = DocumentType.of(e.docType()).orElse(null);
        if (type == null || !generate) {
            return; // material the system does not generate (photos, uploaded papers)
        }
        enqueue(type, e.caseId(), e.documentId(), e.title(), e.docNo(), e.actorId());
        if (type.external() && type != DocumentType.DECISION && type != DocumentType.SUMMARY_DECISION) {
            // 送达回证 per served document: the decision's comes with the service step, the on-the-spot decision is
            // signed for on the decision itself; every other document served on the party gets its own here
            long receiptId = cases.fileDocument(e.caseId(), DocumentType.SERVICE_RECEIPT.name(),
                    "送达回证（" + e.title() + "）", e.actorId());
            enqueue(DocumentType.SERVICE_RECEIPT, e.caseId(), receiptId, "送达回证（" + e.title() + "）", null,
                    e.actorId());
        }
    }

    private void enqueue(DocumentType type, long caseId, long documentId, String title, String docNo, long actorId) {
        DocumentRegistered e = new DocumentRegistered(caseId, documentId, type.name(), title, docNo, null, actorId);
        Map<String, String> fields = data.buildAtCommit(type, e.caseId(), e.documentId(), e.title(), e.docNo());
        long unitId = data.caseAtCommit(e.caseId()).unitId();
        JobRow job = new JobRow();
        job.documentId = e.documentId();
        job.caseId = e.caseId();
        job.docType = type.name();
        job.docNo = fields.get("docNo").isEmpty() ? null : fields.get("docNo");
        job.title = e.title();
        job.actorId = e.actorId();
        job.templateVersion = templates.current(unitId, type).version();
        job.dataJson = write(fields);
        job.createdAt = LocalDateTime.now(clock);
        mapper.insertJob(job);
        renderAfterCommit(job.id);
        if (type == DocumentType.CLOSING_APPROVAL_FORM && data.caseAtCommit(e.caseId()).stage() == CaseStage.ARCHIVED) {
            enqueueDossier(e.caseId(), e.actorId());
        }
    }

    /** 归档: the final dossier is produced after the documents rendered before it (jobs run in order). */
    void enqueueDossier(long caseId, long actorId) {
        JobRow job = new JobRow();
        job.documentId = 0;
        job.caseId = caseId;
        job.docType = DOSSIER;
        job.title = "卷宗";
        job.actorId = actorId;
        job.dataJson = "{}";
        job.createdAt = LocalDateTime.now(clock);
        mapper.insertJob(job);
        renderAfterCommit(job.id);
    }

    /** The job is rendered once its transaction commits (with the transaction's other jobs; never if it rolls back). */
    private void renderAfterCommit(long jobId) {
        @SuppressWarnings("unchecked")
        List<Long> ids = (List<Long>) TransactionSynchronizationManager.getResource(JOBS);
        if (ids == null) {
            List<Long> fresh = new ArrayList<>();
            TransactionSynchronizationManager.bindResource(JOBS, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(JOBS);
                    if (status == STATUS_COMMITTED) {
                        worker.committed(fresh);
                    }
                }
            });
            ids = fresh;
        }
        ids.add(jobId);
    }

    private String write(Map<String, String> fields) {
        try {
            return json.writeValueAsString(fields);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
