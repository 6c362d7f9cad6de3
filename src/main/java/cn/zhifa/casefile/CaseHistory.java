package cn.zhifa.casefile;

import cn.zhifa.casefile.internal.CaseFileMapper;
import cn.zhifa.casefile.internal.DocumentRow;
import cn.zhifa.casefile.internal.HistoryRow;
import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.stereotype.Component;

/**
 * Appends to a case's stage history and document list; used by every service of the feature, and the
 * {@link CaseRecord} other features append through.
 */
@Component
class CaseHistory implements CaseRecord {

    private final CaseFileMapper mapper;
    private final Clock clock;

    CaseHistory(CaseFileMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    void record(long caseId, CaseStage from, CaseStage to, String action, Long actorId, String comment) {
        HistoryRow h = new HistoryRow();
        h.caseId = caseId;
        h.fromStage = from;
        h.toStage = to;
        h.action = action;
        h.actorId = actorId;
        h.at = LocalDateTime.now(clock);
        h.comment = comment;
        mapper.insertHistory(h);
    }

    @Override
    public void append(long caseId, String action, Long actorId, String summary, java.util.Map<String, ?> details) {
        CaseStage stage = mapper.stageOf(caseId);
        if (stage == null) {
            throw cn.zhifa.shared.DomainException.notFound("case.notFound", caseId);
        }
        record(caseId, stage, stage, action, actorId, summary);
    }

    void document(long caseId, String type, String title, String docNo, CaseStage stage, long userId) {
        DocumentRow d = new DocumentRow();
        d.caseId = caseId;
        d.docType = type;
        d.title = title;
        d.docNo = docNo;
        d.stage = stage;
        d.createdBy = userId;
        d.createdAt = LocalDateTime.now(clock);
        mapper.insertDocument(d);
    }
}
