package cn.zhifa.casefile;

import cn.zhifa.casefile.internal.CaseFileMapper;
import cn.zhifa.casefile.internal.DocumentRow;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
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
    private final ObjectProvider<DocumentNumbering> numbering;

    CaseHistory(CaseFileMapper mapper, CaseRecord record, Clock clock, ApplicationEventPublisher events,
            ObjectProvider<DocumentNumbering> numbering) {
        this.mapper = mapper;
        this.record = record;
        this.clock = clock;
        this.events = events;
        this.numbering = numbering;
    }

    void record(long caseId, CaseStage from, CaseStage to, String action, Long actorId, String comment) {
        record(caseId, from, to, action, actorId, comment, Map.of());
    }

    /** An entry; a stage change is named in the details ({@code fromStage}, {@code toStage}). */
    void record(long caseId, CaseStage from, CaseStage to, String action, Long actorId, String comment,
            Map<String, ?> details) {
        Map<String, Object> all = new LinkedHashMap<>(details);
        if (from != to) {
            all.put("fromStage", from == null ? null : from.name());
            all.put("toStage", to == null ? null : to.name());
        }
        record.append(caseId, action, actorId, comment, all);
    }

    /**
     * Registers a document: its 文书号 comes from {@link DocumentNumbering} where the type has one; the record names it;
     * {@link DocumentRegistered} lets the document module check and generate it within this transaction.
     */
    long document(long caseId, String type, String title, String proposedNo, CaseStage stage, long userId) {
        DocumentNumbering n = numbering.getIfAvailable();
        String docNo = n == null ? proposedNo : n.number(caseId, type, title, proposedNo);
        DocumentRow d = new DocumentRow();
        d.caseId = caseId;
        d.docType = type;
        d.title = title;
        d.docNo = docNo;
        d.stage = stage;
        d.createdBy = userId;
        d.createdAt = LocalDateTime.now(clock);
        mapper.insertDocument(d);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("documentId", d.id);
        details.put("docType", type);
        details.put("docNo", docNo);
        record.append(caseId, "DOCUMENT_CREATED", userId, title, details);
        events.publishEvent(new DocumentRegistered(caseId, d.id, type, title, docNo, stage, userId));
        return d.id;
    }

    void opened(long caseId, long actorId) {
        events.publishEvent(new CaseOpened(caseId, actorId));
    }
}
