package cn.zhifa.document;

import cn.zhifa.casefile.DocumentKind;
import cn.zhifa.shared.StoredText;
import cn.zhifa.casefile.CaseRecord;
import cn.zhifa.document.internal.DocumentMapper;
import cn.zhifa.document.internal.JobRow;
import cn.zhifa.document.internal.VersionRow;
import cn.zhifa.evidence.EvidenceStore;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Renders the outbox (doc_render_job) after a commit: the final dossier queued by 归档 and corrections (a step's own
 * documents are made in the step's transaction, {@link #render}). A correction's .docx is made from the content
 * captured when it was asked for, kept in the document's next version row (decision 0043), with a
 * {@code DOCUMENT_CORRECTED} record entry naming the document and its hash; the PDF is laid out from a .docx when
 * first needed ({@link DocumentPdfs}). Mode {@code zhifa.documents.render}: {@code after-commit} (default: the
 * committing thread renders its own transaction's jobs right after the commit) or {@code async} (one background
 * thread per node renders whatever is pending; measured slower: it waits on the locks of the case's next step). Jobs
 * left pending by a crash (or claimed by a process that died, after 5 minutes) are rendered when the application
 * starts ({@link #recover}).
 */
@Component
class DocumentWorker {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentWorker.class);

    /** At most this many jobs of one case in one transaction. */
    private static final int GROUP = 32;
    /** Pending jobs read this many at a time. */
    private static final int CHUNK = 200;

    private final DocumentMapper mapper;
    private final DocumentTemplates templates;
    private final DocumentDossiers dossiers;
    private final EvidenceStore store;
    private final CaseRecord record;
    private final ObjectMapper json;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final boolean async;
    private final ExecutorService executor;
    private final AtomicBoolean queued = new AtomicBoolean();
    private volatile boolean suspended;

    DocumentWorker(DocumentMapper mapper, DocumentTemplates templates, @Lazy DocumentDossiers dossiers,
            EvidenceStore store, CaseRecord record, ObjectMapper json, Clock clock, PlatformTransactionManager txm,
            @Value("${zhifa.documents.render:after-commit}") String mode) {
        this.mapper = mapper;
        this.templates = templates;
        this.dossiers = dossiers;
        this.store = store;
        this.record = record;
        this.json = json;
        this.clock = clock;
        this.tx = new TransactionTemplate(txm);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        if (!mode.equals("async") && !mode.equals("after-commit")) {
            throw new IllegalArgumentException("zhifa.documents.render must be async or after-commit: " + mode);
        }
        this.async = mode.equals("async");
        this.executor = async ? Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "document-render");
            t.setDaemon(true);
            return t;
        }) : null;
    }

    /**
     * A transaction that wrote render jobs has committed: in {@code after-commit} mode its own jobs are rendered now on
     * this thread (no lock shared with other requests: each job is claimed, so a job is rendered once); in {@code
     * async} mode the render thread is woken.
     */
    void committed(List<Long> jobIds) {
        if (suspended) {
            return;
        }
        if (async) {
            kick();
        } else {
            drain(mapper.jobs(jobIds));
        }
    }

    /** Wakes the render thread, which renders everything pending. */
    private void kick() {
        if (queued.compareAndSet(false, true)) {
            executor.execute(() -> {
                queued.set(false);
                drain();
            });
        }
    }

    /** At start: whatever a crash left in the outbox is rendered. */
    @EventListener(ApplicationReadyEvent.class)
    void recover() {
        if (async) {
            executor.execute(this::drain);
        } else {
            drain();
        }
    }

    /** Tests: simulate a crash between commit and render (nothing is rendered until {@link #resume}). */
    void suspend() {
        suspended = true;
    }

    void resume() {
        suspended = false;
    }

    /**
     * Renders every pending job in order; returns how many were rendered. Consecutive jobs of one case (a step's
     * documents) are rendered in one transaction with one record append for all of them; if that fails, each job of
     * the group is tried on its own, so one bad job never holds the others back.
     */
    synchronized int drain() {
        int done = 0;
        List<Long> ids = mapper.pendingJobs(LocalDateTime.now(clock).minusMinutes(5));
        for (int chunk = 0; chunk < ids.size(); chunk += CHUNK) {
            done += drain(mapper.jobs(ids.subList(chunk, Math.min(ids.size(), chunk + CHUNK))));
        }
        return done;
    }

    private int drain(List<JobRow> pending) {
        int done = 0;
        for (int from = 0; from < pending.size(); ) {
            int to = from + 1;
            while (to < pending.size() && to - from < GROUP && pending.get(to).caseId == pending.get(from).caseId
                    && !DocumentEngine.DOSSIER.equals(pending.get(to).docType)) {
                to++;
            }
            List<JobRow> group = pending.subList(from, to);
            try {
                Integer rendered = tx.execute(s -> renderGroup(group));
                done += rendered == null ? 0 : rendered;
            } catch (RuntimeException e) {
                for (JobRow job : group) {
                    done += renderAlone(job);
                }
            }
            from = to;
        }
        return done;
    }

    private int renderAlone(JobRow job) {
        try {
            Integer rendered = tx.execute(s -> renderGroup(List.of(job)));
            return rendered == null ? 0 : rendered;
        } catch (RuntimeException e) {
            LOG.warn("render job {} failed; left pending", job.id, e);
            String msg = String.valueOf(e);
            tx.executeWithoutResult(s -> mapper.fail(job.id, msg.length() > 1000 ? msg.substring(0, 1000) : msg));
            return 0;
        }
    }

    /** Claims and renders the jobs (one case), then appends their record entries at once; how many it rendered. */
    private int renderGroup(List<JobRow> jobs) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<CaseRecord.Entry> entries = new ArrayList<>();
        List<Long> finished = new ArrayList<>();
        for (JobRow job : jobs) {
            if (mapper.claim(job.id, now, now.minusMinutes(5)) != 1) {
                continue; // another node took it
            }
            if (DocumentEngine.DOSSIER.equals(job.docType)) {
                dossiers.produce(job.caseId, true, job.actorId);
            } else {
                entries.add(renderDocument(job, now));
            }
            finished.add(job.id);
        }
        if (!entries.isEmpty()) {
            record.appendAll(jobs.get(0).caseId, entries);
        }
        if (!finished.isEmpty()) {
            mapper.finishAll(finished, LocalDateTime.now(clock));
        }
        return finished.size();
    }

    private CaseRecord.Entry renderDocument(JobRow job, LocalDateTime now) {
        DocumentType type = DocumentType.valueOf(job.docType);
        // the shipped default (version 0) is the same for every unit: no need to look the case's unit up
        long unitId = job.templateVersion == 0 ? 0 : dossiers.unitOf(job.caseId);
        return render(job, templates.version(unitId, type, job.templateVersion), read(job.dataJson), now);
    }

    /**
     * Makes the document's .docx, stores it, writes its version row and returns its record entry — in the caller's
     * transaction (a step's, just before it commits; or a render job's).
     */
    CaseRecord.Entry render(JobRow job, DocumentTemplates.Template template, Map<String, String> fields,
            LocalDateTime now) {
        DocumentType type = DocumentType.valueOf(job.docType);
        // the .docx is the document of record, kept in its version row (decision 0043); its PDF is laid out from it on
        // first need (DocumentPdfs)
        byte[] docx = DocumentRenderer.docx(template.bytes(), fields);
        // a first render is version 1 (uq_doc_version refuses a second one); a correction follows the highest
        Integer max = job.reason == null ? null : mapper.maxVersion(job.documentId);
        VersionRow v = new VersionRow();
        v.documentId = job.documentId;
        v.caseId = job.caseId;
        v.docType = type.name();
        v.version = max == null ? 1 : max + 1;
        v.docNo = job.docNo;
        v.templateVersion = template.version();
        v.docxSha256 = CompiledTemplate.sha256(docx);
        v.docxContent = docx;
        v.docxSize = docx.length;
        v.reason = job.reason;
        v.createdBy = job.actorId;
        v.createdAt = now;
        mapper.insertVersion(v);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("documentId", job.documentId);
        details.put("docType", type.name());
        details.put("docNo", job.docNo);
        details.put("version", v.version);
        details.put("templateVersion", v.templateVersion);
        details.put("docxSha256", v.docxSha256);
        if (job.reason != null) {
            details.put("reason", job.reason);
        }
        return new CaseRecord.Entry(v.version == 1 ? "DOCUMENT_RENDERED" : "DOCUMENT_CORRECTED", job.actorId,
                DocumentKind.numbered(job.docType, job.title, job.docNo), details, null);
    }

    EvidenceStore.Received put(byte[] bytes) {
        try {
            return store.store(bytes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Map<String, String> read(String data) {
        try {
            return json.readValue(data, new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
