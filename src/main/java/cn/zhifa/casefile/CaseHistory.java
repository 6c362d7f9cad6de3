package cn.zhifa.casefile;

import cn.zhifa.casefile.internal.CaseFileMapper;
import cn.zhifa.casefile.internal.DocumentRow;
import cn.zhifa.casefile.internal.HistoryRow;
import cn.zhifa.shared.Messages;
import cn.zhifa.shared.StoredText;
import cn.zhifa.shared.TransactionMemo;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The feature's door to the case's full-process record ({@link CaseRecord}): stage changes, steps with their data
 * changes, documents, clock events — every service of the feature appends through here, and here only through the
 * port.
 */
@Component
class CaseHistory {

    private final CaseFileMapper mapper;
    private final CaseRecord record;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    /** Resolved on first use (a look-up walks the bean factory: once, not once a document); empty without one. */
    private final java.util.function.Supplier<java.util.Optional<DocumentNumbering>> numbering;
    private final Messages messages;

    CaseHistory(CaseFileMapper mapper, CaseRecord record, Clock clock, ApplicationEventPublisher events,
            ObjectProvider<DocumentNumbering> numbering, Messages messages) {
        this.messages = messages;
        this.mapper = mapper;
        this.record = record;
        this.clock = clock;
        this.events = events;
        this.numbering = org.springframework.util.function.SingletonSupplier
                .of(() -> java.util.Optional.ofNullable(numbering.getIfAvailable()));
    }

    void record(long caseId, CaseStage from, CaseStage to, String action, Long actorId, String comment) {
        record(caseId, from, to, action, actorId, comment, Map.of());
    }

    /** An entry; a stage change is named in the details ({@code fromStage}, {@code toStage}). */
    void record(long caseId, CaseStage from, CaseStage to, String action, Long actorId, String comment,
            Map<String, ?> details) {
        CaseRecord.Entry e = entry(from, to, action, actorId, comment, details);
        record.append(caseId, e.action(), e.actorId(), e.summary(), e.details());
    }

    /** An entry with a text of the bundles (decision 0033). */
    void record(long caseId, CaseStage from, CaseStage to, String action, Long actorId, StoredText text) {
        record(caseId, from, to, action, actorId, StoredText.stored(text), Map.of());
    }

    void record(long caseId, CaseStage from, CaseStage to, String action, Long actorId, StoredText text,
            Map<String, ?> details) {
        record(caseId, from, to, action, actorId, StoredText.stored(text), details);
    }

    CaseRecord.Entry entry(CaseStage from, CaseStage to, String action, Long actorId, StoredText text,
            Map<String, ?> details) {
        return entry(from, to, action, actorId, StoredText.stored(text), details);
    }

    /** {@link #record} as an entry for {@link #append}: the case's stage at the append. */
    CaseRecord.Entry entry(CaseStage from, CaseStage to, String action, Long actorId, String comment,
            Map<String, ?> details) {
        Map<String, Object> all = new LinkedHashMap<>(details);
        if (from != to) {
            all.put("fromStage", from == null ? null : from.name());
            all.put("toStage", to == null ? null : to.name());
        }
        return new CaseRecord.Entry(action, actorId, comment, all, null);
    }

    /** An entry in the stage the caller has just read the case at: the record does not read it again. */
    void recordAt(long caseId, CaseStage stage, String action, Long actorId, String comment) {
        record.appendAll(caseId, List.of(new CaseRecord.Entry(action, actorId, comment, Map.of(), stage)));
    }

    /** The first entry of a case this transaction created, in the stage it was created in (no head to read). */
    void first(long caseId, CaseStage stage, String action, Long actorId, String comment) {
        record.appendFirst(caseId, stage, List.of(entry(null, stage, action, actorId, comment, Map.of())));
    }

    /** Several entries as one append (one lock and move of the chain's tail). */
    void append(long caseId, List<CaseRecord.Entry> entries) {
        record.appendAll(caseId, entries);
    }

    /** Registers a document and appends its entry on its own (callers that batch a step's entries use the next). */
    long document(long caseId, String type, String title, String proposedNo, CaseStage stage, long userId) {
        CaseRecord.Entry e = registerDocument(caseId, type, title, proposedNo, stage, userId);
        record.append(caseId, e.action(), e.actorId(), e.summary(), e.details());
        return ((Number) e.details().get("documentId")).longValue();
    }

    /**
     * The document's row in the register ({@code case_document}) and its {@code DOCUMENT_CREATED} entry, which the
     * caller appends (with others of the same step); the entry carries the stage the document was made in. Its 文书号
     * comes from {@link DocumentNumbering} where the type has one; {@link DocumentRegistered} lets the document module
     * check and generate it within this transaction.
     */
    CaseRecord.Entry registerDocument(long caseId, String type, String title, String proposedNo, CaseStage stage,
            long userId) {
        DocumentNumbering n = numbering.get().orElse(null);
        String docNo = n == null ? proposedNo : n.number(caseId, type, title, proposedNo);
        DocumentRow d = new DocumentRow();
        d.caseId = caseId;
        d.docType = type;
        d.title = title;
        d.docNo = docNo;
        d.stage = stage;
        d.createdBy = userId;
        d.createdAt = LocalDateTime.now(clock).truncatedTo(java.time.temporal.ChronoUnit.SECONDS); // as DATETIME keeps it
        mapper.insertDocument(d);
        List<CaseDocument> read = TransactionMemo.peek(this, caseId);
        if (read != null) { // the register as this transaction has read it: kept current
            read.add(new CaseDocument(d.id, d.caseId, d.docType, d.title, d.docNo, d.stage, d.createdBy, d.createdAt));
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("documentId", d.id);
        details.put("docType", type);
        details.put("docNo", docNo);
        events.publishEvent(new DocumentRegistered(caseId, d.id, type, title, docNo, stage, userId));
        return new CaseRecord.Entry("DOCUMENT_CREATED", userId, DocumentKind.storedTitle(type, title), details, stage);
    }

    /**
     * The case's register of documents ({@code case_document}), in order: read once per transaction, and kept current
     * by {@link #registerDocument} — the only writer of the register — so that a step's documents, the 送达回证 filed
     * at its commit and the pre-audit after them share one read.
     */
    List<CaseDocument> documents(long caseId) {
        return List.copyOf(TransactionMemo.get(this, caseId, id -> new ArrayList<>(mapper.findDocuments(id).stream()
                .map(r -> new CaseDocument(r.id, r.caseId, r.docType, r.title, r.docNo, r.stage, r.createdBy,
                        r.createdAt)).toList())));
    }

    /** The case's record entries, including those this transaction appended and has not inserted yet. */
    List<HistoryRow> rows(long caseId) {
        record.settle(caseId);
        return mapper.findHistory(caseId);
    }

    /**
     * The record as the case's timeline: each entry's stage before is the previous entry's stage; its text rendered
     * in {@code locale}, or in the current request's language when null (zh-CN outside a request).
     */
    List<StageChange> timeline(List<HistoryRow> rows, java.util.Locale locale) {
        List<StageChange> out = new java.util.ArrayList<>(rows.size());
        CaseStage before = null;
        for (HistoryRow h : rows) {
            String text = locale == null ? messages.render(h.summary) : messages.render(h.summary, locale);
            out.add(new StageChange(h.id, h.seq, before, h.stage, h.action, h.actorId, h.actorName, h.at, h.summary,
                    text, h.originIp, h.originClient, h.details));
            before = h.stage;
        }
        return out;
    }

    void opened(long caseId, long actorId) {
        events.publishEvent(new CaseOpened(caseId, actorId));
    }
}
