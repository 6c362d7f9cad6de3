package cn.zhifa.document;

import cn.zhifa.complaint.Complaint;
import cn.zhifa.complaint.ComplaintReplied;
import cn.zhifa.complaint.ComplaintService;
import cn.zhifa.document.internal.ComplaintReplyRow;
import cn.zhifa.document.internal.DocumentMapper;
import cn.zhifa.evidence.EvidenceStore;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Messages;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 投诉举报答复告知书: the written reply to a complainant, generated from the complaint as replied inside the reply's
 * transaction (a required element missing refuses the reply, nothing changed) and stored once as .docx and PDF in
 * the content-addressed store; readers of the complaint download it.
 */
@Component
public class ComplaintReplies {

    private static final Map<String, String> METHODS = Map.of("PHONE", "电话", "SMS", "短信", "LETTER", "书面",
            "ONLINE", "网上", "IN_PERSON", "当面");

    private final ComplaintService complaints;
    private final OrganizationService organization;
    private final DocumentTemplates templates;
    private final DocumentWorker worker;
    private final DocumentMapper mapper;
    private final EvidenceStore store;
    private final Messages messages;
    private final Clock clock;

    ComplaintReplies(ComplaintService complaints, OrganizationService organization, DocumentTemplates templates,
            DocumentWorker worker, DocumentMapper mapper, EvidenceStore store, Messages messages, Clock clock) {
        this.complaints = complaints;
        this.organization = organization;
        this.templates = templates;
        this.worker = worker;
        this.mapper = mapper;
        this.store = store;
        this.messages = messages;
        this.clock = clock;
    }

    @EventListener
    void replied(ComplaintReplied e) {
        Complaint c = e.complaint();
        Map<String, String> fields = fields(c);
        DocumentTemplates.Template t = templates.current(c.unitId(), DocumentType.COMPLAINT_REPLY);
        DocumentRenderer.Rendered r = DocumentRenderer.render(t.bytes(), fields);
        EvidenceStore.Received docx = worker.put(r.docx());
        EvidenceStore.Received pdf = worker.put(r.pdf());
        ComplaintReplyRow row = new ComplaintReplyRow();
        row.complaintId = c.id();
        row.unitId = c.unitId();
        row.templateVersion = t.version();
        row.docxSha256 = docx.sha256();
        row.docxPath = store.pathOf(docx.sha256());
        row.pdfSha256 = pdf.sha256();
        row.pdfPath = store.pathOf(pdf.sha256());
        row.pdfPages = r.pages();
        row.createdBy = e.actorId();
        row.createdAt = LocalDateTime.now(clock);
        mapper.insertComplaintReply(row);
    }

    /** The reply's fields, checked: the complaint, what was found and what was said are required. */
    Map<String, String> fields(Complaint c) {
        Map<String, String> m = new LinkedHashMap<>();
        DocumentFields.ALL.keySet().forEach(k -> m.put(k, ""));
        m.put("unitName", organization.unit(c.unitId()).name());
        m.put("title", DocumentType.COMPLAINT_REPLY.title());
        m.put("docDate", DocumentData.day((c.repliedAt() == null ? LocalDateTime.now(clock) : c.repliedAt())
                .toLocalDate()));
        m.put("complaintNo", c.complaintNo());
        m.put("complainant", c.complainantName() == null || c.complainantName().isBlank() ? "投诉举报人"
                : c.complainantName());
        m.put("receivedDate", c.receivedAt() == null ? null : DocumentData.day(c.receivedAt().toLocalDate()));
        m.put("complaintContent", c.content());
        m.put("place", c.place());
        m.put("verification", c.outcome() == null ? null
                : messages.get("complaint.outcome." + c.outcome().name(), Messages.ZH_CN)
                        + (c.caseNo() == null ? "" : "（案件编号：" + c.caseNo() + "）")
                        + (c.outcomeNote() == null || c.outcomeNote().isBlank() ? "" : "。" + c.outcomeNote()));
        m.put("reply", c.reply());
        m.put("replyMethod", c.replyMethod() == null ? null : METHODS.getOrDefault(c.replyMethod(), c.replyMethod()));
        m.replaceAll((k, v) -> v == null ? "" : DocumentText.clean(v));
        for (String k : List.of("complaintNo", "complaintContent", "verification", "reply")) {
            if (m.get(k).isBlank()) {
                throw DomainException.invalid("document.missingElement", DocumentType.COMPLAINT_REPLY.title(),
                        DocumentFields.ALL.get(k));
            }
        }
        return m;
    }

    /** The reply document of a complaint the actor may read, as .docx or PDF. */
    @Transactional(readOnly = true)
    public DocumentService.FileContent file(Actor actor, long complaintId, DocumentService.Format format) {
        complaints.details(actor, complaintId); // the complaint's readers only
        ComplaintReplyRow row = mapper.complaintReply(complaintId);
        if (row == null) {
            throw DomainException.notFound("document.notFound", complaintId);
        }
        String base = DocumentType.COMPLAINT_REPLY.title() + "-" + complaintId;
        return format == DocumentService.Format.PDF
                ? new DocumentService.FileContent(base + ".pdf", "application/pdf", bytes(row.pdfPath), row.pdfSha256)
                : new DocumentService.FileContent(base + ".docx", DocumentService.DOCX_TYPE, bytes(row.docxPath),
                        row.docxSha256);
    }

    private byte[] bytes(String path) {
        return store.readAll(path);
    }
}
