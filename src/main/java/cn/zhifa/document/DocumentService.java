package cn.zhifa.document;

import cn.zhifa.organization.Action;
import cn.zhifa.organization.RequiresPermission;
import cn.zhifa.casefile.CaseDocument;
import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.document.internal.DocumentMapper;
import cn.zhifa.document.internal.DossierRow;
import cn.zhifa.document.internal.JobRow;
import cn.zhifa.document.internal.VersionRow;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.Role;
import cn.zhifa.shared.DomainException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reading the generated documents of a case within the reader's data scope (the case's readers), correcting one (a
 * new version with a reason — never regenerated in place), and the 卷宗 dossier (the frozen copy after 归档; a draft
 * before for heads, handlers and supervisors).
 */
@Service
public class DocumentService {

    /** A file to hand out. */
    public record FileContent(String fileName, String mediaType, byte[] bytes, String sha256) {
    }

    public enum Format { DOCX, PDF }

    public static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final CaseFileService cases;
    private final DocumentMapper mapper;
    private final DocumentData data;
    private final DocumentTemplates templates;
    private final DocumentDossiers dossiers;
    private final DocumentWorker worker;
    private final DocumentPdfs pdfs;
    private final ObjectMapper json;
    private final Clock clock;

    DocumentService(CaseFileService cases, DocumentMapper mapper, DocumentData data, DocumentTemplates templates,
            DocumentDossiers dossiers, DocumentWorker worker, DocumentPdfs pdfs, ObjectMapper json,
            Clock clock) {
        this.pdfs = pdfs;
        this.cases = cases;
        this.mapper = mapper;
        this.data = data;
        this.templates = templates;
        this.dossiers = dossiers;
        this.worker = worker;
        this.json = json;
        this.clock = clock;
    }

    /** The case's generated documents, every version, in register order. */
    @Transactional(readOnly = true)
    public List<GeneratedDocument> list(Actor actor, long caseId) {
        Map<Long, CaseDocument> registered = cases.view(actor, caseId).documents().stream()
                .collect(Collectors.toMap(CaseDocument::id, Function.identity()));
        return mapper.versionsOfCase(caseId).stream().map(v -> toDocument(v, registered.get(v.documentId)))
                .toList();
    }

    /** Documents registered but not rendered yet (the outbox), by register id. */
    @Transactional(readOnly = true)
    public List<Long> pending(Actor actor, long caseId) {
        cases.get(actor, caseId);
        return mapper.openJobsOfCase(caseId).stream().map(j -> j.documentId).toList();
    }

    /** One version's .docx or PDF (the PDF laid out from the .docx, stored and recorded on its first download). */
    @Transactional
    public FileContent file(Actor actor, long versionId, Format format) {
        VersionRow v = mapper.version(versionId);
        if (v == null) {
            throw DomainException.notFound("document.notFound", versionId);
        }
        CaseFile c = cases.get(actor, v.caseId);
        String title = DocumentType.valueOf(v.docType).title();
        String base = title + (v.docNo == null ? "-" + c.id() : "-" + v.docNo) + (v.version > 1 ? "-v" + v.version : "");
        if (format == Format.PDF) {
            VersionRow laid = pdfs.withPdf(v, title, actor.userId());
            return new FileContent(base + ".pdf", "application/pdf", bytes(laid.pdfPath), laid.pdfSha256);
        }
        return new FileContent(base + ".docx", DOCX_TYPE, pdfs.docx(v), v.docxSha256);
    }

    /**
     * 补正/更正: a new version of a generated document from the case data as it is now, with the reason; the
     * earlier versions stay. Handlers and heads of the case's unit.
     */
    @RequiresPermission(Action.DOCUMENT_CORRECT)
    @Transactional
    public void correct(Actor actor, long documentId, String reason) {
        VersionRow latest = mapper.versionsOfCase(caseOf(actor, documentId)).stream()
                .filter(v -> v.documentId == documentId).reduce((a, b) -> b).orElseThrow();
        CaseFile c = cases.get(actor, latest.caseId);
        if (!(actor.isHead() || cases.handlerIds(c.id()).contains(actor.userId())) || actor.unitId() != c.unitId()) {
            throw DomainException.forbidden("document.correctNotAllowed");
        }
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("field.required", "reason");
        }
        if (reason.length() > 500) {
            throw DomainException.invalid("field.tooLong", "reason", 500);
        }
        DocumentType type = DocumentType.valueOf(latest.docType);
        Map<String, String> fields = data.build(type, c.id(), documentId, null, latest.docNo);
        JobRow job = new JobRow();
        job.documentId = documentId;
        job.caseId = c.id();
        job.docType = type.name();
        job.docNo = latest.docNo;
        job.title = type.title();
        job.actorId = actor.userId();
        job.reason = reason.trim();
        job.templateVersion = templates.current(c.unitId(), type).version();
        try {
            job.dataJson = json.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        job.createdAt = LocalDateTime.now(clock);
        mapper.insertJob(job);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                worker.committed(List.of(job.id));
            }
        });
    }

    private long caseOf(Actor actor, long documentId) {
        return mapper.versionsOfCaseByDocument(documentId).stream().findFirst()
                .orElseThrow(() -> DomainException.notFound("document.notFound", documentId));
    }

    /**
     * The dossier PDF: after 归档 the frozen copy (everyone who reads the case); before, a fresh draft marked as such
     * for heads, handlers and supervisors (each draft is recorded).
     */
    @Transactional
    public FileContent dossier(Actor actor, long caseId) {
        CaseFile c = cases.get(actor, caseId);
        DossierRow frozen = mapper.latestDossier(caseId, true);
        if (frozen != null) {
            frozen = dossiers.withPdf(frozen, actor.userId()); // laid out from its manifest on first download
            return new FileContent("卷宗-" + c.caseNo() + ".pdf", "application/pdf", bytes(frozen.path), frozen.sha256);
        }
        if (!(actor.isHead() || actor.has(Role.SUPERVISOR) || cases.handlerIds(caseId).contains(actor.userId()))) {
            throw DomainException.forbidden("document.dossierNotAllowed");
        }
        DossierRow draft = dossiers.produce(caseId, false, actor.userId());
        return new FileContent("卷宗草稿-" + (c.caseNo() == null ? String.valueOf(caseId) : c.caseNo()) + ".pdf",
                "application/pdf", bytes(draft.path), draft.sha256);
    }

    /** Preview of what a document of {@code type} would say now (PDF, nothing stored, nothing numbered). */
    @Transactional(readOnly = true)
    public FileContent preview(Actor actor, long caseId, DocumentType type) {
        CaseFile c = cases.get(actor, caseId);
        Map<String, String> fields = data.build(type, caseId, Long.MAX_VALUE, null, "（预览，文书号于制作时编号）",
                false);
        DocumentRenderer.Rendered r = DocumentRenderer.render(templates.current(c.unitId(), type).bytes(), fields);
        return new FileContent(type.title() + "-预览.pdf", "application/pdf", r.pdf(), null);
    }

    private GeneratedDocument toDocument(VersionRow v, CaseDocument reg) {
        DocumentType type = DocumentType.valueOf(v.docType);
        return new GeneratedDocument(v.id, v.documentId, v.caseId, type, reg == null ? type.title() : reg.title(),
                v.docNo, v.version, v.templateVersion, v.docxSha256, v.pdfSha256, v.pdfPages, v.reason, v.createdAt);
    }

    private byte[] bytes(String path) {
        return pdfs.bytes(path);
    }
}
