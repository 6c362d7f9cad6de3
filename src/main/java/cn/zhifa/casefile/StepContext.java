package cn.zhifa.casefile;

import cn.zhifa.casefile.internal.CaseFileMapper;
import cn.zhifa.casefile.internal.ClockMapper;
import cn.zhifa.organization.Actor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a step may read while it decides: the actor, the task, the payload, the case as locked ({@link #before()})
 * and as changed so far ({@link #changes()}), and the case's handlers, parties, clock and documents — each read at
 * most once per step. It also hands out the clock acts a step may declare (a hearing pause) as {@link StepResult}
 * writes.
 */
public final class StepContext<P extends StepPayload> {

    private final Actor actor;
    private final String taskId;
    private final String taskKey;
    private final P payload;
    private final CaseFile before;
    private final CaseChanges changes;
    private final CaseFileMapper mapper;
    private final ClockMapper clockMapper;
    private final CaseClockService caseClock;
    private final Clock clock;
    private List<Long> handlerIds;
    private Set<PartyKind> partyKinds;
    private List<ClockEvent> clockEvents;

    StepContext(Actor actor, String taskId, String taskKey, P payload, CaseFile before, CaseChanges changes,
            CaseFileMapper mapper, ClockMapper clockMapper, CaseClockService caseClock, Clock clock) {
        this.actor = actor;
        this.taskId = taskId;
        this.taskKey = taskKey;
        this.payload = payload;
        this.before = before;
        this.changes = changes;
        this.mapper = mapper;
        this.clockMapper = clockMapper;
        this.caseClock = caseClock;
        this.clock = clock;
    }

    public Actor actor() {
        return actor;
    }

    public String taskId() {
        return taskId;
    }

    public String taskKey() {
        return taskKey;
    }

    public P payload() {
        return payload;
    }

    /** The case as locked at the start of the step. */
    public CaseFile before() {
        return before;
    }

    /** The case with the step's changes so far; write the step's changes here. */
    public CaseChanges changes() {
        return changes;
    }

    public long caseId() {
        return before.id();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /** The user ids of the case's handlers (承办人), first the lead handler (主办). */
    public List<Long> handlerIds() {
        if (handlerIds == null) {
            handlerIds = mapper.findHandlers(before.id()).stream().map(h -> h.userId).toList();
        }
        return handlerIds;
    }

    /** Refuses when the actor is a handler of the case and the duty must be someone else's. */
    public void requireNotHandler(Duty duty) {
        SeparationOfDuties.require(duty, actor.userId(), handlerIds());
    }

    public Set<PartyKind> partyKinds() {
        if (partyKinds == null) {
            Set<PartyKind> kinds = EnumSet.noneOf(PartyKind.class);
            mapper.findParties(before.id()).forEach(p -> kinds.add(p.kind));
            partyKinds = kinds;
        }
        return partyKinds;
    }

    /** The clock's events if this step has read them (null: not read), for the deadlines after the step. */
    List<ClockEvent> clockEventsIfRead() {
        return clockEvents;
    }

    /** Pauses, extensions and other events of the case's clock. */
    public List<ClockEvent> clockEvents() {
        if (clockEvents == null) {
            clockEvents = clockMapper.events(before.id());
        }
        return clockEvents;
    }

    public int documentCount(String code) {
        return mapper.countDocuments(before.id(), code);
    }

    /**
     * The decision period (90 days from filing, with extensions and pauses), on the case as changed so far; after
     * 撤销并责令重新作出 the period of the new decision instead (decision 0029).
     */
    public Optional<CaseDeadline> decisionDeadline() {
        return deadline(DeadlineKind.REDECISION).or(() -> deadline(DeadlineKind.DECISION));
    }

    /** A deadline of the case as changed so far. */
    public Optional<CaseDeadline> deadline(DeadlineKind kind) {
        List<ClockEvent> events = kind == DeadlineKind.STATEMENT ? List.of() : clockEvents();
        return caseClock.compute(changes.row, events).stream().filter(d -> d.kind() == kind).findFirst();
    }

    /** The act "pause the decision period for the hearing from {@code start}" unless a pause is open. */
    public Runnable hearingPause(LocalDate start) {
        long caseId = before.id();
        long userId = actor.userId();
        return () -> {
            if (clockMapper.events(caseId).stream().noneMatch(e -> e.isPause() && e.end() == null)) {
                clockMapper.insertEvent(caseId, ClockEventKind.PAUSE_HEARING, start, null, null, "听证", userId,
                        userId, LocalDateTime.now(clock));
            }
        };
    }

    /** The act "end the open hearing pause on {@code end}". */
    public Runnable hearingPauseEnd(LocalDate end) {
        long caseId = before.id();
        return () -> clockMapper.events(caseId).stream()
                .filter(e -> e.kind() == ClockEventKind.PAUSE_HEARING && e.end() == null).findFirst()
                .ifPresent(e -> clockMapper.closePause(e.id(), end));
    }
}
