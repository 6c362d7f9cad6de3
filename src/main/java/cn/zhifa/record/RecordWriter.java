package cn.zhifa.record;

import cn.zhifa.casefile.CaseRecord;
import cn.zhifa.casefile.CaseStage;
import cn.zhifa.record.internal.HeadRow;
import cn.zhifa.record.internal.RecordMapper;
import cn.zhifa.record.internal.RecordRow;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.StoredText;
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
 * ({@code case_record_head}), held to the commit: lock the head at the transaction's first append (reading the
 * stage), insert the entries of each append, move the head with its new seal once before the commit
 * ({@link RecordTails}, {@link RecordSeal}, decision 0014).
 */
@Component
class RecordWriter implements CaseRecord {

    private final RecordMapper mapper;
    private final Clock clock;
    private final RecordTails tails;

    RecordWriter(RecordMapper mapper, Clock clock, RecordTails tails) {
        this.mapper = mapper;
        this.clock = clock;
        this.tails = tails;
    }

    @Override
    @Transactional
    public void append(long caseId, String action, Long actorId, String summary, Map<String, ?> details) {
        appendAll(caseId, List.of(new Entry(action, actorId, summary, details, null)));
    }

    /** The default method made transactional here: the text's stored form, appended as above. */
    @Override
    @Transactional
    public void append(long caseId, String action, Long actorId, StoredText text, Map<String, ?> details) {
        append(caseId, action, actorId, StoredText.stored(text), details);
    }

    /**
     * One append of several entries after the tail this transaction holds: the first append of a case in a
     * transaction locks its head (reading the stage); the entries are chained at once and inserted together with every
     * later append's, and the head moved and sealed once, just before the commit ({@link RecordTails}) — a step's
     * entries, its documents' and its publication's cost one lock, one insert and one head write. A read of the
     * record in the same transaction inserts what is held first ({@link #settle}).
     */
    @Override
    @Transactional
    public void appendAll(long caseId, List<Entry> entries) {
        if (!valid(entries)) {
            return;
        }
        RecordTails.Tail tail = tails.current(caseId);
        if (tail == null) {
            tail = lock(caseId);
        } else if (entries.stream().anyMatch(e -> e.stage() == null)) {
            tail.stage = mapper.stageOf(caseId); // the case may have moved on since this transaction's last append
        }
        chain(tail, entries);
    }

    /**
     * The first append to a case this transaction created: no head can exist (the case row is this transaction's), so
     * the chain starts at its genesis without reading or locking one, and the stage is the one the case was created in.
     */
    @Override
    @Transactional
    public void appendFirst(long caseId, CaseStage stage, List<Entry> entries) {
        if (tails.current(caseId) != null) {
            appendAll(caseId, entries);
        } else if (valid(entries)) {
            chain(new RecordTails.Tail(caseId, false, 0, RecordCanonical.GENESIS, stage.name()), entries);
        }
    }

    /** False for no entries; refuses an entry without an action. */
    private static boolean valid(List<Entry> entries) {
        for (Entry e : entries) {
            if (e.action() == null || e.action().isBlank()) {
                throw DomainException.invalid("field.required", "action");
            }
        }
        return !entries.isEmpty();
    }

    /** Chains the entries after the tail and holds them (with the head's move) for the commit, or writes them now. */
    private void chain(RecordTails.Tail tail, List<Entry> entries) {
        long caseId = tail.caseId;
        RequestOrigin origin = RequestOrigin.current();
        LocalDateTime at = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        List<RecordRow> rows = new ArrayList<>(entries.size());
        long seq = tail.seq;
        String prev = tail.hash;
        for (Entry e : entries) {
            RecordRow r = new RecordRow();
            r.caseId = caseId;
            r.seq = ++seq;
            r.action = e.action();
            r.stage = e.stage() == null ? tail.stage : e.stage().name();
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
        tail.pending.addAll(rows);
        tail.seq = seq;
        tail.hash = prev;
        tail.dirty = true;
        if (!tails.hold(tail)) {
            tails.write(tail); // no transaction to wait for: the entries and the head are written now
        }
    }

    /** Inserts the entries this transaction holds for the case, before a read of its record. */
    @Override
    public void settle(long caseId) {
        tails.insertPending(caseId);
    }

    /** The chain's head locked for this transaction (reading the case's stage): the tail appends continue from. */
    private RecordTails.Tail lock(long caseId) {
        HeadRow head = mapper.lockHead(caseId);
        if (head != null) {
            return new RecordTails.Tail(caseId, true, head.lastSeq, head.lastHash, head.stage);
        }
        String stage = mapper.stageOf(caseId);
        if (stage == null) {
            throw DomainException.notFound("case.notFound", caseId);
        }
        return new RecordTails.Tail(caseId, false, 0, RecordCanonical.GENESIS, stage);
    }

    /** Moves the case's head now if this transaction holds it unwritten (before reading the head). */
    void writeHeadNow(long caseId) {
        tails.writeNow(caseId);
    }

    static String canonical(RecordRow r) {
        return canonical(r, r.seq);
    }

    static String canonical(RecordRow r, long seq) {
        return RecordCanonical.entry(r.caseId, seq, r.action, r.stage, r.actorId, r.at, r.originIp, r.originClient,
                r.summary, r.details);
    }
}
