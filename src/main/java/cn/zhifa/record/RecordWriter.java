package cn.zhifa.record;

import cn.zhifa.casefile.CaseRecord;
import cn.zhifa.record.internal.HeadRow;
import cn.zhifa.record.internal.RecordMapper;
import cn.zhifa.record.internal.RecordRow;
import cn.zhifa.shared.DomainException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one mechanism every action on a case goes through (the {@link CaseRecord} port): appends the next entry of the
 * case's hash chain inside the caller's transaction. Appends to one case are serialised by locking the chain's tail
 * ({@code case_record_head}) — three statements per append: lock the tail (reading the stage), insert the entry
 * (or the entries of one {@link #appendAll}), move the tail with its new seal ({@link RecordSeal}, decision 0014).
 */
@Component
class RecordWriter implements CaseRecord {

    private final RecordMapper mapper;
    private final Clock clock;
    private final RecordSeal seals;

    RecordWriter(RecordMapper mapper, Clock clock, RecordSeal seals) {
        this.mapper = mapper;
        this.clock = clock;
        this.seals = seals;
    }

    @Override
    @Transactional
    public void append(long caseId, String action, Long actorId, String summary, Map<String, ?> details) {
        appendAll(caseId, List.of(new Entry(action, actorId, summary, details, null)));
    }

    /**
     * One append of several entries: lock the tail once (reading the stage), insert the entries together (one
     * statement), move the tail once — three statements whatever the number of entries.
     */
    @Override
    @Transactional
    public void appendAll(long caseId, List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        for (Entry e : entries) {
            if (e.action() == null || e.action().isBlank()) {
                throw DomainException.invalid("field.required", "action");
            }
        }
        HeadRow head = mapper.lockHead(caseId);
        String stage;
        long seq;
        String prev;
        if (head == null) {
            stage = mapper.stageOf(caseId);
            if (stage == null) {
                throw DomainException.notFound("case.notFound", caseId);
            }
            seq = 0;
            prev = RecordCanonical.GENESIS;
        } else {
            stage = head.stage;
            seq = head.lastSeq;
            prev = head.lastHash;
        }
        RequestOrigin origin = RequestOrigin.current();
        LocalDateTime at = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        List<RecordRow> rows = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            RecordRow r = new RecordRow();
            r.caseId = caseId;
            r.seq = ++seq;
            r.action = e.action();
            r.stage = e.stage() == null ? stage : e.stage().name();
            r.actorId = e.actorId();
            r.at = at;
            r.originIp = origin.ip();
            r.originClient = origin.client();
            r.summary = e.summary();
            r.details = RecordCanonical.details(e.details() == null ? Map.of() : e.details());
            r.prevHash = prev;
            r.entryHash = RecordCanonical.hash(prev, canonical(r));
            prev = r.entryHash;
            rows.add(r);
        }
        if (rows.size() == 1) {
            mapper.insert(rows.get(0));
        } else {
            mapper.insertAll(rows);
        }
        RecordSeal.Seal seal = seals.seal(caseId, seq, prev);
        if (head == null) {
            mapper.insertHead(caseId, seq, prev, seal.keyId(), seal.signature());
        } else {
            mapper.updateHead(caseId, seq, prev, seal.keyId(), seal.signature());
        }
    }

    static String canonical(RecordRow r) {
        return canonical(r, r.seq);
    }

    static String canonical(RecordRow r, long seq) {
        return RecordCanonical.entry(r.caseId, seq, r.action, r.stage, r.actorId, r.at, r.originIp, r.originClient,
                r.summary, r.details);
    }
}
