package cn.zhifa.deliberation;

import static cn.zhifa.deliberation.MeetingRules.caseNo;
import static cn.zhifa.deliberation.MeetingRules.checkQuorum;
import static cn.zhifa.deliberation.MeetingRules.requireHead;
import static cn.zhifa.deliberation.MeetingRules.requireManager;
import static cn.zhifa.deliberation.MeetingRules.requireStatus;
import static cn.zhifa.shared.Limits.requiredText;

import cn.zhifa.organization.Action;
import cn.zhifa.organization.RequiresPermission;
import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.casefile.CaseFileView;
import cn.zhifa.casefile.CollectiveDeliberation;
import cn.zhifa.casefile.Handler;
import cn.zhifa.casefile.OutcomeType;
import cn.zhifa.casefile.ProcedureTasks;
import cn.zhifa.deliberation.internal.AttendeeRow;
import cn.zhifa.deliberation.internal.DeliberationMapper;
import cn.zhifa.deliberation.internal.ItemRow;
import cn.zhifa.deliberation.internal.MeetingRow;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.Role;
import cn.zhifa.organization.UserAccount;
import cn.zhifa.shared.DomainException;
import cn.zhifa.tasks.InboxService;
import cn.zhifa.tasks.InboxTask;
import cn.zhifa.tasks.TaskRef;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The heads' collective deliberation (集体讨论): convene a meeting with cases awaiting deliberation on its agenda, take
 * attendance, open voting once the quorum is present, record each present head's vote and opinion, adopt (or not) a
 * resolution per case, generate the minutes and let every present head confirm them. Only then does the resolution
 * count for the case ({@link #resolution(long)}). Every event lands on each agenda case's record. Voting and
 * resolutions are in {@link DeliberationVoting}, the shared meeting rules in {@link MeetingRules}.
 */
@Service
public class DeliberationService implements CollectiveDeliberation {

    /** Case document type of the minutes. */
    public static final String MINUTES_DOC = cn.zhifa.casefile.DocumentKind.DELIBERATION_MINUTES.code();
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final DeliberationMapper mapper;
    private final MeetingStore store;
    private final DeliberationVoting voting;
    private final CaseFileService cases;
    private final InboxService inbox;
    private final OrganizationService organization;
    private final DeliberationSettings settings;
    private final ExtensionAgenda extensionAgenda;

    DeliberationService(DeliberationMapper mapper, MeetingStore store, DeliberationVoting voting,
            CaseFileService cases, InboxService inbox, OrganizationService organization,
            DeliberationSettings settings, ExtensionAgenda extensionAgenda) {
        this.extensionAgenda = extensionAgenda;
        this.mapper = mapper;
        this.store = store;
        this.voting = voting;
        this.cases = cases;
        this.inbox = inbox;
        this.organization = organization;
        this.settings = settings;
    }

    // ---- the port -----------------------------------------------------------------------------------------------

    @Override
    @Transactional(readOnly = true)
    public Optional<Resolution> resolution(long caseId) {
        ItemRow i = mapper.latestConfirmedResolution(caseId);
        if (i == null) {
            return Optional.empty();
        }
        MeetingRow m = mapper.findMeeting(i.meetingId);
        return Optional.of(new Resolution(i.meetingId, OutcomeType.valueOf(i.outcome), i.fine, i.confiscation,
                i.resolutionText, m.confirmedAt.toLocalDate()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ExtensionResolution> extensionResolution(long resolutionId) {
        return extensionAgenda.resolution(resolutionId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ExtensionResolution> extensionResolutions(long caseId) {
        return extensionAgenda.resolutions(caseId);
    }

    // ---- reading ------------------------------------------------------------------------------------------------

    /** The cases of the actor's unit whose open step is 集体讨论 and that are not on a pending meeting's agenda. */
    @Transactional(readOnly = true)
    public List<InboxTask> awaiting(Actor actor) {
        requireHead(actor);
        List<InboxTask> waiting = inbox.inbox(actor, "ORDINARY", 0, 200).stream()
                .filter(t -> ProcedureTasks.DELIBERATION.equals(t.taskKey()) && t.unitId() == actor.unitId())
                .toList();
        if (waiting.isEmpty()) {
            return waiting;
        }
        Set<Long> busy = Set.copyOf(mapper.casesOnOpenAgenda(waiting.stream().map(InboxTask::caseId).toList(),
                ItemKind.DECISION.name()));
        return waiting.stream().filter(t -> !busy.contains(t.caseId())).toList();
    }

    /** The cases of the actor's unit the heads may be asked to extend once more (延长办案期限), not on an agenda yet. */
    @Transactional(readOnly = true)
    public List<CaseFile> extensionCandidates(Actor actor) {
        requireHead(actor);
        return extensionAgenda.candidates(actor);
    }

    /** The meetings of the actor's unit (supervisors: all units), newest first. */
    @Transactional(readOnly = true)
    public List<Meeting> meetings(Actor actor) {
        return mapper.meetings(actor.seesAllUnits() ? null : actor.unitId(), 200).stream().map(store::toMeeting)
                .toList();
    }

    @Transactional(readOnly = true)
    public Meeting meeting(Actor actor, long meetingId) {
        return store.toMeeting(MeetingStore.readable(actor, mapper.findMeeting(meetingId), meetingId));
    }

    /** The meetings that had the case on their agenda, newest first (case workspace). */
    @Transactional(readOnly = true)
    public List<Meeting> historyOfCase(Actor actor, long caseId) {
        cases.get(actor, caseId); // the case's data scope: out of scope answers "not found"
        return mapper.itemsOfCase(caseId).stream().map(i -> store.toMeeting(mapper.findMeeting(i.meetingId)))
                .toList();
    }

    // ---- convening and attendance -------------------------------------------------------------------------------

    @RequiresPermission(Action.DELIBERATION_MANAGE)
    @Transactional
    public Meeting convene(Actor actor, NewMeeting m) {
        requireHead(actor);
        if (m == null || m.scheduledAt() == null) {
            throw DomainException.invalid("field.required", "scheduledAt");
        }
        String place = requiredText(m.place(), "place", 200);
        List<Long> caseIds = m.caseIds() == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(m.caseIds().stream().filter(Objects::nonNull).toList()));
        Map<Long, ItemRow> extensions = extensionAgenda.check(actor, m.extensions(), caseIds);
        if (caseIds.isEmpty() && extensions.isEmpty()) {
            throw DomainException.invalid("deliberation.noAgenda");
        }
        Map<Long, CaseFile> agenda = new LinkedHashMap<>();
        for (long caseId : caseIds) {
            CaseFile c = cases.get(actor, caseId);
            if (c.unitId() != actor.unitId()) {
                throw DomainException.notFound("case.notFound", caseId);
            }
            boolean waiting = inbox.openRefsOfCase(caseId).stream().map(TaskRef::taskKey)
                    .anyMatch(ProcedureTasks.DELIBERATION::equals);
            if (!waiting) {
                throw DomainException.invalid("deliberation.caseNotAwaiting", caseNo(c));
            }
            agenda.put(caseId, c);
        }
        List<Long> busy = caseIds.isEmpty() ? List.of() : mapper.casesOnOpenAgenda(caseIds, ItemKind.DECISION.name());
        if (!busy.isEmpty()) {
            throw DomainException.conflict("deliberation.caseOnOtherAgenda", caseNo(agenda.get(busy.get(0))));
        }
        List<UserAccount> unitUsers = organization.users(actor.unitId()).stream().filter(UserAccount::enabled)
                .toList();
        List<UserAccount> heads = unitUsers.stream().filter(u -> u.toActor().isHead()).toList();
        long presiding = m.presidingId() != null ? m.presidingId()
                : heads.stream().filter(u -> u.roles().contains(Role.PRINCIPAL_HEAD)).map(UserAccount::id)
                        .findFirst().orElse(actor.userId());
        if (heads.stream().noneMatch(h -> h.id() == presiding)) {
            throw DomainException.invalid("deliberation.presidingNotHead");
        }
        LocalDateTime now = store.now();
        MeetingRow row = new MeetingRow();
        row.unitId = actor.unitId();
        row.scheduledAt = m.scheduledAt();
        row.place = place;
        row.convenedBy = actor.userId();
        row.presidingId = presiding;
        row.status = MeetingStatus.SCHEDULED.name();
        row.createdAt = now;
        mapper.insertMeeting(row);
        Set<Long> added = new LinkedHashSet<>();
        for (UserAccount h : heads) {
            addAttendee(row.id, h.id(), h.roles().contains(Role.PRINCIPAL_HEAD) ? AttendeeRole.PRINCIPAL_HEAD
                    : AttendeeRole.HEAD, added);
        }
        int seq = 0;
        List<ItemRow> items = new java.util.ArrayList<>();
        for (CaseFile c : agenda.values()) {
            ItemRow item = new ItemRow();
            item.caseId = c.id();
            items.add(item);
        }
        items.addAll(extensions.values());
        for (ItemRow item : items) {
            item.meetingId = row.id;
            item.seq = ++seq;
            mapper.insertItem(item);
            CaseFileView view = cases.view(actor, item.caseId);
            for (Handler h : view.handlers()) {
                addAttendee(row.id, h.userId(), AttendeeRole.HANDLER, added);
            }
        }
        for (Long other : m.otherAttendeeIds() == null ? List.<Long>of() : m.otherAttendeeIds()) {
            if (other == null || added.contains(other)) {
                continue;
            }
            UserAccount u = unitUsers.stream().filter(x -> x.id() == other).findFirst()
                    .orElseThrow(() -> DomainException.invalid("deliberation.attendeeNotInUnit", other));
            addAttendee(row.id, u.id(), u.roles().contains(Role.LEGAL_REVIEWER) ? AttendeeRole.LEGAL_REVIEWER
                    : AttendeeRole.OTHER, added);
        }
        String summary = MINUTE.format(row.scheduledAt) + " " + place + "，主持人 " + store.name(presiding);
        store.appendToAgenda(row.id, "DELIBERATION_CONVENED", actor, summary,
                Map.of("meetingId", row.id, "scheduledAt", row.scheduledAt.toString(), "place", place,
                        "presidingId", presiding));
        for (ItemRow e : extensions.values()) {
            store.appendToCase(e.caseId, "DELIBERATION_EXTENSION_ASKED", actor, "提请集体讨论延长办案期限 "
                    + e.requestedDays + " 日：" + e.requestReason, Map.of("meetingId", row.id, "itemId", e.id,
                            "days", e.requestedDays, "reason", e.requestReason));
        }
        return store.toMeeting(mapper.findMeeting(row.id));
    }

    private void addAttendee(long meetingId, long userId, AttendeeRole role, Set<Long> added) {
        if (!added.add(userId)) {
            return;
        }
        AttendeeRow a = new AttendeeRow();
        a.meetingId = meetingId;
        a.userId = userId;
        a.voting = role.votes();
        a.attendeeRole = role.name();
        mapper.insertAttendee(a);
    }

    /** 出席/缺席 of one attendee (absent needs the reason), by the convener or the presiding head, before voting. */
    @RequiresPermission(Action.DELIBERATION_MANAGE)
    @Transactional
    public Meeting recordAttendance(Actor actor, long meetingId, long userId, boolean present, String reason) {
        MeetingRow m = store.lockWorkable(actor, meetingId);
        requireManager(actor, m);
        requireStatus(m, MeetingStatus.SCHEDULED, "deliberation.attendanceClosed");
        List<AttendeeRow> attendees = mapper.attendees(meetingId);
        AttendeeRow a = attendees.stream().filter(x -> x.userId == userId).findFirst()
                .orElseThrow(() -> DomainException.invalid("deliberation.notAttendee", userId));
        String why = present ? null : requiredText(reason, "absenceReason", 500);
        if (!present && m.deputyId != null && m.deputyId == userId) {
            throw DomainException.invalid("deliberation.deputyAbsent");
        }
        mapper.setAttendance(meetingId, userId, present, why);
        store.appendToAgenda(meetingId, "DELIBERATION_ATTENDANCE", actor,
                a.displayName + (present ? " 出席" : " 缺席：" + why),
                Map.of("meetingId", meetingId, "userId", userId, "present", present, "reason", why == null ? "" : why));
        return store.toMeeting(m.id);
    }

    /**
     * Records the head the absent principal head designated to take their place (主要负责人指定的负责人), with how the
     * designation was made. Only when the principal head is recorded absent.
     */
    @RequiresPermission(Action.DELIBERATION_MANAGE)
    @Transactional
    public Meeting designateDeputy(Actor actor, long meetingId, long deputyId, String note) {
        MeetingRow m = store.lockWorkable(actor, meetingId);
        requireManager(actor, m);
        requireStatus(m, MeetingStatus.SCHEDULED, "deliberation.attendanceClosed");
        List<AttendeeRow> attendees = mapper.attendees(meetingId);
        boolean principalPresent = attendees.stream().anyMatch(
                a -> AttendeeRole.PRINCIPAL_HEAD.name().equals(a.attendeeRole) && Boolean.TRUE.equals(a.present));
        if (principalPresent) {
            throw DomainException.invalid("deliberation.principalPresent");
        }
        AttendeeRow deputy = attendees.stream().filter(a -> a.userId == deputyId && a.voting).findFirst()
                .orElseThrow(() -> DomainException.invalid("deliberation.deputyNotHead"));
        if (AttendeeRole.PRINCIPAL_HEAD.name().equals(deputy.attendeeRole)) {
            throw DomainException.invalid("deliberation.deputyNotHead");
        }
        if (Boolean.FALSE.equals(deputy.present)) {
            throw DomainException.invalid("deliberation.deputyAbsent");
        }
        String how = requiredText(note, "deputyNote", 500);
        mapper.setDeputy(meetingId, deputyId, how);
        store.appendToAgenda(meetingId, "DELIBERATION_DEPUTY", actor, deputy.displayName + "：" + how,
                Map.of("meetingId", meetingId, "deputyId", deputyId, "note", how));
        return store.toMeeting(m.id);
    }

    /** Opens voting: every head's attendance must be recorded and the quorum present. */
    @RequiresPermission(Action.DELIBERATION_MANAGE)
    @Transactional
    public Meeting openVoting(Actor actor, long meetingId) {
        MeetingRow m = store.lockWorkable(actor, meetingId);
        requireManager(actor, m);
        requireStatus(m, MeetingStatus.SCHEDULED, "deliberation.votingAlreadyOpen");
        Meeting meeting = store.toMeeting(m);
        List<String> unrecorded = meeting.votingHeads().stream().filter(a -> a.present() == null)
                .map(Meeting.Attendee::name).toList();
        if (!unrecorded.isEmpty()) {
            throw DomainException.invalid("deliberation.attendanceMissing", String.join("、", unrecorded));
        }
        checkQuorum(meeting, settings);
        if (mapper.moveMeeting(meetingId, MeetingStatus.SCHEDULED.name(), MeetingStatus.VOTING.name(),
                store.now()) != 1) {
            throw DomainException.conflict("deliberation.concurrentChange");
        }
        store.appendToAgenda(meetingId, "DELIBERATION_VOTING_OPENED", actor,
                "出席负责人 " + meeting.presentHeads().size() + "/" + meeting.votingHeads().size(),
                Map.of("meetingId", meetingId, "present", meeting.presentHeads().size(),
                        "heads", meeting.votingHeads().size()));
        return store.toMeeting(meetingId);
    }

    // ---- voting and resolutions (DeliberationVoting) ----------------------------------------------------------------

    /** A present head's own vote on one agenda item; one vote per head and item, immutable once cast. */
    @RequiresPermission(Action.DELIBERATION_VOTE)
    @Transactional
    public Meeting vote(Actor actor, long itemId, VoteInput input) {
        return voting.vote(actor, itemId, input);
    }

    /**
     * The presiding head (or the designated deputy) puts a resolution: every present head has voted, the quorum is
     * still present, and the heads supporting exactly this outcome and amounts reach the configured majority.
     * Adopted once (one winner); the last settled item generates the minutes.
     */
    @RequiresPermission(Action.DELIBERATION_MANAGE)
    @Transactional
    public Meeting adopt(Actor actor, long itemId, ResolutionInput r) {
        return voting.adopt(actor, itemId, r);
    }

    /** Closes an item without a resolution (e.g. no majority); the case needs a new meeting. */
    @RequiresPermission(Action.DELIBERATION_MANAGE)
    @Transactional
    public Meeting noResolution(Actor actor, long itemId, String reason) {
        return voting.noResolution(actor, itemId, reason);
    }

    // ---- minutes ------------------------------------------------------------------------------------------------

    /**
     * A present head confirms the minutes (确认签名) once; when the last present head has confirmed, the meeting is
     * final, the minutes are filed with each case and the resolutions count.
     */
    @RequiresPermission(Action.DELIBERATION_MANAGE)
    @Transactional
    public Meeting confirm(Actor actor, long meetingId) {
        MeetingRow m = store.lockWorkable(actor, meetingId);
        requireStatus(m, MeetingStatus.MINUTES, "deliberation.minutesNotReady");
        AttendeeRow me = mapper.attendees(meetingId).stream()
                .filter(a -> a.userId == actor.userId() && a.voting && Boolean.TRUE.equals(a.present)).findFirst()
                .orElseThrow(() -> DomainException.forbidden("deliberation.notParticipant"));
        if (mapper.confirm(meetingId, actor.userId(), store.now()) != 1) {
            throw DomainException.conflict("deliberation.alreadyConfirmed");
        }
        store.appendToAgenda(meetingId, "DELIBERATION_CONFIRMED", actor, me.displayName + " 确认集体讨论记录",
                Map.of("meetingId", meetingId, "userId", actor.userId()));
        Meeting after = store.toMeeting(meetingId);
        boolean all = after.presentHeads().stream().allMatch(a -> a.confirmedAt() != null);
        if (all) {
            if (mapper.moveMeeting(meetingId, MeetingStatus.MINUTES.name(), MeetingStatus.CONFIRMED.name(),
                    store.now()) != 1) {
                throw DomainException.conflict("deliberation.concurrentChange");
            }
            for (Meeting.Item i : after.items()) {
                cases.fileDocument(i.caseId(), cn.zhifa.casefile.DocumentKind.DELIBERATION_MINUTES, actor.userId());
            }
            store.appendToAgenda(meetingId, "DELIBERATION_FINAL", actor, "全体出席负责人已确认集体讨论记录",
                    Map.of("meetingId", meetingId));
            after = store.toMeeting(meetingId);
        }
        return after;
    }

}
