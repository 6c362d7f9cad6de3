package cn.zhifa.deliberation;

import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.casefile.CaseFileView;
import cn.zhifa.casefile.CaseRecord;
import cn.zhifa.casefile.CollectiveDeliberation;
import cn.zhifa.casefile.Handler;
import cn.zhifa.casefile.OutcomeType;
import cn.zhifa.casefile.ProcedureTasks;
import cn.zhifa.deliberation.internal.AttendeeRow;
import cn.zhifa.deliberation.internal.DeliberationMapper;
import cn.zhifa.deliberation.internal.ItemRow;
import cn.zhifa.deliberation.internal.MeetingRow;
import cn.zhifa.deliberation.internal.VoteRow;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.Role;
import cn.zhifa.organization.UserAccount;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Messages;
import cn.zhifa.tasks.InboxService;
import cn.zhifa.tasks.InboxTask;
import cn.zhifa.tasks.TaskRef;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The heads' collective deliberation (集体讨论): convene a meeting with cases awaiting deliberation on its agenda, take
 * attendance, open voting once the quorum is present, record each present head's vote and opinion, adopt (or not) a
 * resolution per case, generate the minutes and let every present head confirm them. Only then does the resolution
 * count for the case ({@link #resolution(long)}). Every event lands on each agenda case's record.
 */
@Service
public class DeliberationService implements CollectiveDeliberation {

    /** Case document type of the minutes. */
    public static final String MINUTES_DOC = "DELIBERATION_MINUTES";
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final DeliberationMapper mapper;
    private final CaseFileService cases;
    private final CaseRecord record;
    private final InboxService inbox;
    private final OrganizationService organization;
    private final DeliberationSettings settings;
    private final Messages messages;
    private final Clock clock;

    public DeliberationService(DeliberationMapper mapper, CaseFileService cases, CaseRecord record,
            InboxService inbox, OrganizationService organization, DeliberationSettings settings, Messages messages,
            Clock clock) {
        this.mapper = mapper;
        this.cases = cases;
        this.record = record;
        this.inbox = inbox;
        this.organization = organization;
        this.settings = settings;
        this.messages = messages;
        this.clock = clock;
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
        Set<Long> busy = Set.copyOf(mapper.casesOnOpenAgenda(waiting.stream().map(InboxTask::caseId).toList()));
        return waiting.stream().filter(t -> !busy.contains(t.caseId())).toList();
    }

    /** The meetings of the actor's unit (supervisors: all units), newest first. */
    @Transactional(readOnly = true)
    public List<Meeting> meetings(Actor actor) {
        return mapper.meetings(actor.seesAllUnits() ? null : actor.unitId(), 200).stream().map(this::toMeeting)
                .toList();
    }

    @Transactional(readOnly = true)
    public Meeting meeting(Actor actor, long meetingId) {
        return toMeeting(readable(actor, mapper.findMeeting(meetingId), meetingId));
    }

    /** The meetings that had the case on their agenda, newest first (case workspace). */
    @Transactional(readOnly = true)
    public List<Meeting> historyOfCase(Actor actor, long caseId) {
        cases.get(actor, caseId); // the case's data scope: out of scope answers "not found"
        return mapper.itemsOfCase(caseId).stream().map(i -> toMeeting(mapper.findMeeting(i.meetingId))).toList();
    }

    // ---- convening and attendance -------------------------------------------------------------------------------

    @Transactional
    public Meeting convene(Actor actor, NewMeeting m) {
        requireHead(actor);
        if (m == null || m.scheduledAt() == null) {
            throw DomainException.invalid("field.required", "scheduledAt");
        }
        String place = required(m.place(), "place", 200);
        List<Long> caseIds = m.caseIds() == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(m.caseIds().stream().filter(Objects::nonNull).toList()));
        if (caseIds.isEmpty()) {
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
        List<Long> busy = mapper.casesOnOpenAgenda(caseIds);
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
        LocalDateTime now = now();
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
        for (CaseFile c : agenda.values()) {
            ItemRow item = new ItemRow();
            item.meetingId = row.id;
            item.caseId = c.id();
            item.seq = ++seq;
            mapper.insertItem(item);
            CaseFileView view = cases.view(actor, c.id());
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
        String summary = MINUTE.format(row.scheduledAt) + " " + place + "，主持人 " + name(presiding);
        appendToAgenda(row.id, "DELIBERATION_CONVENED", actor, summary,
                Map.of("meetingId", row.id, "scheduledAt", row.scheduledAt.toString(), "place", place,
                        "presidingId", presiding));
        return toMeeting(mapper.findMeeting(row.id));
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
    @Transactional
    public Meeting recordAttendance(Actor actor, long meetingId, long userId, boolean present, String reason) {
        MeetingRow m = lockWorkable(actor, meetingId);
        requireManager(actor, m);
        requireStatus(m, MeetingStatus.SCHEDULED, "deliberation.attendanceClosed");
        List<AttendeeRow> attendees = mapper.attendees(meetingId);
        AttendeeRow a = attendees.stream().filter(x -> x.userId == userId).findFirst()
                .orElseThrow(() -> DomainException.invalid("deliberation.notAttendee", userId));
        String why = present ? null : required(reason, "absenceReason", 500);
        if (!present && m.deputyId != null && m.deputyId == userId) {
            throw DomainException.invalid("deliberation.deputyAbsent");
        }
        mapper.setAttendance(meetingId, userId, present, why);
        appendToAgenda(meetingId, "DELIBERATION_ATTENDANCE", actor,
                a.displayName + (present ? " 出席" : " 缺席：" + why),
                Map.of("meetingId", meetingId, "userId", userId, "present", present, "reason", why == null ? "" : why));
        return toMeeting(m.id);
    }

    /**
     * Records the head the absent principal head designated to take their place (主要负责人指定的负责人), with how the
     * designation was made. Only when the principal head is recorded absent.
     */
    @Transactional
    public Meeting designateDeputy(Actor actor, long meetingId, long deputyId, String note) {
        MeetingRow m = lockWorkable(actor, meetingId);
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
        String how = required(note, "deputyNote", 500);
        mapper.setDeputy(meetingId, deputyId, how);
        appendToAgenda(meetingId, "DELIBERATION_DEPUTY", actor, deputy.displayName + "：" + how,
                Map.of("meetingId", meetingId, "deputyId", deputyId, "note", how));
        return toMeeting(m.id);
    }

    /** Opens voting: every head's attendance must be recorded and the quorum present. */
    @Transactional
    public Meeting openVoting(Actor actor, long meetingId) {
        MeetingRow m = lockWorkable(actor, meetingId);
        requireManager(actor, m);
        requireStatus(m, MeetingStatus.SCHEDULED, "deliberation.votingAlreadyOpen");
        Meeting meeting = toMeeting(m);
        List<String> unrecorded = meeting.votingHeads().stream().filter(a -> a.present() == null)
                .map(Meeting.Attendee::name).toList();
        if (!unrecorded.isEmpty()) {
            throw DomainException.invalid("deliberation.attendanceMissing", String.join("、", unrecorded));
        }
        checkQuorum(meeting);
        if (mapper.moveMeeting(meetingId, MeetingStatus.SCHEDULED.name(), MeetingStatus.VOTING.name(), now()) != 1) {
            throw DomainException.conflict("deliberation.concurrentChange");
        }
        appendToAgenda(meetingId, "DELIBERATION_VOTING_OPENED", actor,
                "出席负责人 " + meeting.presentHeads().size() + "/" + meeting.votingHeads().size(),
                Map.of("meetingId", meetingId, "present", meeting.presentHeads().size(),
                        "heads", meeting.votingHeads().size()));
        return toMeeting(meetingId);
    }

    /** 法定人数: the configured share of the unit's heads present, and the principal head or the designated deputy. */
    private void checkQuorum(Meeting m) {
        int heads = m.votingHeads().size();
        int present = m.presentHeads().size();
        int needed = settings.quorum(heads);
        if (present < needed) {
            throw DomainException.invalid("deliberation.noQuorum", present, needed, heads);
        }
        if (settings.principalRequired()) {
            boolean principal = m.presentHeads().stream().anyMatch(a -> a.role() == AttendeeRole.PRINCIPAL_HEAD);
            boolean deputy = m.deputyId() != null
                    && m.presentHeads().stream().anyMatch(a -> a.userId() == m.deputyId());
            if (!principal && !deputy) {
                throw DomainException.invalid("deliberation.noPrincipal");
            }
        }
    }

    // ---- voting and resolutions ---------------------------------------------------------------------------------

    /** A present head's own vote on one agenda item; one vote per head and item, immutable once cast. */
    @Transactional
    public Meeting vote(Actor actor, long itemId, VoteInput input) {
        ItemRow item = item(actor, itemId);
        MeetingRow m = lockWorkable(actor, item.meetingId);
        requireStatus(m, MeetingStatus.VOTING, "deliberation.votingNotOpen");
        if (!actor.isHead()) {
            throw DomainException.forbidden("deliberation.headsOnly");
        }
        AttendeeRow me = mapper.attendees(m.id).stream().filter(a -> a.userId == actor.userId() && a.voting)
                .findFirst().orElseThrow(() -> DomainException.forbidden("deliberation.notParticipant"));
        if (!Boolean.TRUE.equals(me.present)) {
            throw DomainException.forbidden("deliberation.notPresent");
        }
        if (!ItemStatus.OPEN.name().equals(item.status)) {
            throw DomainException.conflict("deliberation.itemSettled", item.caseNo);
        }
        if (mapper.votes(m.id).stream().anyMatch(v -> v.itemId == itemId && v.voterId == actor.userId())) {
            throw DomainException.conflict("deliberation.alreadyVoted", item.caseNo);
        }
        if (input == null || input.choice() == null) {
            throw DomainException.invalid("field.required", "choice");
        }
        VoteRow v = new VoteRow();
        v.itemId = itemId;
        v.voterId = actor.userId();
        v.choice = input.choice().name();
        v.opinion = required(input.opinion(), "opinion", 4000);
        switch (input.choice()) {
            case AGREE -> {
                CaseFile c = cases.get(actor, item.caseId);
                if (input.outcome() == null) {
                    if (c.proposedOutcome() == null) {
                        throw DomainException.invalid("field.required", "outcome");
                    }
                    v.outcome = c.proposedOutcome().name();
                    v.fine = c.proposedFine();
                    v.confiscation = c.proposedConfiscation();
                } else {
                    setSupported(v, input);
                }
            }
            case DISAGREE -> {
                if (input.outcome() != null) {
                    setSupported(v, input);
                }
            }
            case ABSTAIN -> {
                if (input.outcome() != null || input.fine() != null || input.confiscation() != null) {
                    throw DomainException.invalid("deliberation.abstainWithOutcome");
                }
            }
        }
        v.castAt = now();
        try {
            mapper.insertVote(v);
        } catch (DuplicateKeyException e) {
            throw DomainException.conflict("deliberation.alreadyVoted", item.caseNo);
        }
        String line = me.displayName + " " + messages.get("deliberation.choice." + v.choice, Messages.ZH_CN)
                + (v.outcome == null ? "" : "（" + describe(OutcomeType.valueOf(v.outcome), v.fine) + "）") + "："
                + v.opinion;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("meetingId", m.id);
        details.put("itemId", itemId);
        details.put("voterId", actor.userId());
        details.put("choice", v.choice);
        details.put("outcome", v.outcome == null ? "" : v.outcome);
        details.put("fine", v.fine == null ? "" : v.fine.toPlainString());
        details.put("opinion", v.opinion);
        record.append(item.caseId, "DELIBERATION_VOTE", actor.userId(), line, details);
        return toMeeting(m.id);
    }

    private static void setSupported(VoteRow v, VoteInput input) {
        checkOutcome(input.outcome(), input.fine(), input.confiscation());
        v.outcome = input.outcome().name();
        v.fine = input.fine();
        v.confiscation = input.confiscation();
    }

    /**
     * The presiding head (or the designated deputy) puts a resolution: every present head has voted, the quorum is
     * still present, and the heads supporting exactly this outcome and amounts reach the configured majority.
     * Adopted once (one winner); the last settled item generates the minutes.
     */
    @Transactional
    public Meeting adopt(Actor actor, long itemId, ResolutionInput r) {
        ItemRow item = item(actor, itemId);
        MeetingRow m = lockWorkable(actor, item.meetingId);
        Meeting meeting = toMeeting(m);
        requireChair(actor, meeting);
        requireOpen(item);
        requireStatus(m, MeetingStatus.VOTING, "deliberation.votingNotOpen");
        if (r == null || r.outcome() == null) {
            throw DomainException.invalid("field.required", "outcome");
        }
        checkOutcome(r.outcome(), r.fine(), r.confiscation());
        String text = required(r.text(), "resolutionText", 4000);
        checkQuorum(meeting);
        List<Meeting.Vote> votes = meeting.votesOf(itemId);
        int present = meeting.presentHeads().size();
        if (votes.size() < present) {
            List<Long> voted = votes.stream().map(Meeting.Vote::voterId).toList();
            throw DomainException.invalid("deliberation.votesMissing", String.join("、", meeting.presentHeads()
                    .stream().filter(a -> !voted.contains(a.userId())).map(Meeting.Attendee::name).toList()));
        }
        int support = (int) votes.stream().filter(v -> v.outcome() == r.outcome()
                && OutcomeType.sameAmount(v.fine(), r.fine())
                && OutcomeType.sameAmount(v.confiscation(), r.confiscation())).count();
        if (!settings.adopts(support, present)) {
            throw DomainException.invalid("deliberation.noMajority", support, present, settings.needed(present));
        }
        settle(actor, m, item, ItemStatus.ADOPTED, r.outcome(), r.fine(), r.confiscation(), text, support);
        record.append(item.caseId, "DELIBERATION_RESOLVED", actor.userId(),
                describe(r.outcome(), r.fine()) + "（" + support + "/" + present + "）：" + text,
                Map.of("meetingId", m.id, "itemId", itemId, "outcome", r.outcome().name(),
                        "fine", r.fine() == null ? "" : r.fine().toPlainString(),
                        "confiscation", r.confiscation() == null ? "" : r.confiscation().toPlainString(),
                        "support", support, "present", present, "text", text));
        return finishIfSettled(actor, m.id);
    }

    /** Closes an item without a resolution (e.g. no majority); the case needs a new meeting. */
    @Transactional
    public Meeting noResolution(Actor actor, long itemId, String reason) {
        ItemRow item = item(actor, itemId);
        MeetingRow m = lockWorkable(actor, item.meetingId);
        requireChair(actor, toMeeting(m));
        requireOpen(item);
        requireStatus(m, MeetingStatus.VOTING, "deliberation.votingNotOpen");
        String why = required(reason, "reason", 4000);
        settle(actor, m, item, ItemStatus.NOT_ADOPTED, null, null, null, why, null);
        record.append(item.caseId, "DELIBERATION_NOT_RESOLVED", actor.userId(), why,
                Map.of("meetingId", m.id, "itemId", itemId, "reason", why));
        return finishIfSettled(actor, m.id);
    }

    private void settle(Actor actor, MeetingRow m, ItemRow item, ItemStatus status, OutcomeType outcome,
            BigDecimal fine, BigDecimal confiscation, String text, Integer support) {
        ItemRow s = new ItemRow();
        s.id = item.id;
        s.status = status.name();
        s.outcome = outcome == null ? null : outcome.name();
        s.fine = fine;
        s.confiscation = confiscation;
        s.resolutionText = text;
        s.supportCount = support;
        s.settledBy = actor.userId();
        s.settledAt = now();
        if (mapper.settleItem(s) != 1) {
            throw DomainException.conflict("deliberation.itemSettled", item.caseNo);
        }
    }

    private Meeting finishIfSettled(Actor actor, long meetingId) {
        Meeting m = toMeeting(meetingId);
        if (m.items().stream().anyMatch(i -> i.status() == ItemStatus.OPEN)) {
            return m;
        }
        String minutes = MinutesWriter.write(m, organization.unit(m.unitId()).name(), name(m.presidingId()),
                m.deputyId() == null ? null : name(m.deputyId()), messages);
        if (mapper.setMinutes(meetingId, minutes, now()) != 1) {
            throw DomainException.conflict("deliberation.concurrentChange");
        }
        appendToAgenda(meetingId, "DELIBERATION_MINUTES", actor, "集体讨论记录已生成，待出席负责人确认",
                Map.of("meetingId", meetingId, "minutes", minutes));
        return toMeeting(meetingId);
    }

    // ---- minutes ------------------------------------------------------------------------------------------------

    /**
     * A present head confirms the minutes (确认签名) once; when the last present head has confirmed, the meeting is
     * final, the minutes are filed with each case and the resolutions count.
     */
    @Transactional
    public Meeting confirm(Actor actor, long meetingId) {
        MeetingRow m = lockWorkable(actor, meetingId);
        requireStatus(m, MeetingStatus.MINUTES, "deliberation.minutesNotReady");
        AttendeeRow me = mapper.attendees(meetingId).stream()
                .filter(a -> a.userId == actor.userId() && a.voting && Boolean.TRUE.equals(a.present)).findFirst()
                .orElseThrow(() -> DomainException.forbidden("deliberation.notParticipant"));
        if (mapper.confirm(meetingId, actor.userId(), now()) != 1) {
            throw DomainException.conflict("deliberation.alreadyConfirmed");
        }
        appendToAgenda(meetingId, "DELIBERATION_CONFIRMED", actor, me.displayName + " 确认集体讨论记录",
                Map.of("meetingId", meetingId, "userId", actor.userId()));
        Meeting after = toMeeting(meetingId);
        boolean all = after.presentHeads().stream().allMatch(a -> a.confirmedAt() != null);
        if (all) {
            if (mapper.moveMeeting(meetingId, MeetingStatus.MINUTES.name(), MeetingStatus.CONFIRMED.name(),
                    now()) != 1) {
                throw DomainException.conflict("deliberation.concurrentChange");
            }
            for (Meeting.Item i : after.items()) {
                cases.fileDocument(i.caseId(), MINUTES_DOC, "重大案件集体讨论记录", actor.userId());
            }
            appendToAgenda(meetingId, "DELIBERATION_FINAL", actor, "全体出席负责人已确认集体讨论记录",
                    Map.of("meetingId", meetingId));
            after = toMeeting(meetingId);
        }
        return after;
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private void appendToAgenda(long meetingId, String action, Actor actor, String summary, Map<String, ?> details) {
        for (ItemRow i : mapper.items(meetingId)) {
            record.append(i.caseId, action, actor.userId(), summary, details);
        }
    }

    private ItemRow item(Actor actor, long itemId) {
        ItemRow item = mapper.findItem(itemId);
        if (item == null) {
            throw DomainException.notFound("deliberation.itemNotFound", itemId);
        }
        lockWorkable(actor, item.meetingId); // scope check before anything else
        return mapper.findItem(itemId);
    }

    private static MeetingRow readable(Actor actor, MeetingRow m, long meetingId) {
        if (m == null || !(actor.seesAllUnits() || m.unitId == actor.unitId())) {
            throw DomainException.notFound("deliberation.notFound", meetingId);
        }
        return m;
    }

    private MeetingRow lockWorkable(Actor actor, long meetingId) {
        MeetingRow m = mapper.findMeetingForUpdate(meetingId);
        if (m == null || m.unitId != actor.unitId()) {
            throw DomainException.notFound("deliberation.notFound", meetingId);
        }
        return m;
    }

    private static void requireHead(Actor actor) {
        if (!actor.isHead()) {
            throw DomainException.forbidden("deliberation.headsOnly");
        }
    }

    /** The convener, the presiding head or the designated deputy run the meeting. */
    private static void requireManager(Actor actor, MeetingRow m) {
        requireHead(actor);
        long me = actor.userId();
        if (me != m.convenedBy && me != m.presidingId && !Objects.equals(m.deputyId, me)) {
            throw DomainException.forbidden("deliberation.notManager");
        }
    }

    /** The chair: the presiding head when present, otherwise the designated deputy. */
    private static void requireChair(Actor actor, Meeting m) {
        requireHead(actor);
        boolean presidingPresent = m.attendee(m.presidingId()).map(Meeting.Attendee::attended).orElse(false);
        long chair = presidingPresent || m.deputyId() == null ? m.presidingId() : m.deputyId();
        if (actor.userId() != chair) {
            throw DomainException.forbidden("deliberation.notChair");
        }
    }

    private static void requireStatus(MeetingRow m, MeetingStatus expected, String code) {
        if (!expected.name().equals(m.status)) {
            throw DomainException.invalid(code);
        }
    }

    private static void requireOpen(ItemRow item) {
        if (!ItemStatus.OPEN.name().equals(item.status)) {
            throw DomainException.conflict("deliberation.itemSettled", item.caseNo);
        }
    }

    /** The outcome and amounts fit together (the same rule as the report and the decision step). */
    static void checkOutcome(OutcomeType type, BigDecimal fine, BigDecimal confiscation) {
        if (type == null) {
            throw DomainException.invalid("field.required", "outcome");
        }
        type.checkAmounts(fine, confiscation);
    }

    private static String required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid("field.required", field);
        }
        if (value.length() > max) {
            throw DomainException.invalid("field.tooLong", field, max);
        }
        return value.trim();
    }

    private String describe(OutcomeType type, BigDecimal fine) {
        String label = messages.get("ui.outcome." + type.name(), Messages.ZH_CN);
        return fine == null ? label : label + " " + fine.setScale(2, RoundingMode.HALF_UP).toPlainString() + " 元";
    }

    private String name(long userId) {
        return organization.user(userId).displayName();
    }

    private static String caseNo(CaseFile c) {
        return c.caseNo() == null ? String.valueOf(c.id()) : c.caseNo();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private Meeting toMeeting(long meetingId) {
        return toMeeting(mapper.findMeeting(meetingId));
    }

    private Meeting toMeeting(MeetingRow m) {
        List<Meeting.Attendee> attendees = new ArrayList<>();
        for (AttendeeRow a : mapper.attendees(m.id)) {
            attendees.add(new Meeting.Attendee(a.userId, a.displayName, AttendeeRole.valueOf(a.attendeeRole),
                    a.present, a.absenceReason, a.confirmedAt));
        }
        List<Meeting.Item> items = mapper.items(m.id).stream().map(i -> new Meeting.Item(i.id, i.caseId, i.caseNo,
                i.partyName, i.seq, ItemStatus.valueOf(i.status), i.outcome == null ? null
                        : OutcomeType.valueOf(i.outcome), i.fine, i.confiscation, i.resolutionText, i.supportCount,
                i.settledAt)).toList();
        List<Meeting.Vote> votes = mapper.votes(m.id).stream().map(v -> new Meeting.Vote(v.id, v.itemId, v.voterId,
                v.voterName, VoteChoice.valueOf(v.choice), v.outcome == null ? null : OutcomeType.valueOf(v.outcome),
                v.fine, v.confiscation, v.opinion, v.castAt)).toList();
        return new Meeting(m.id, m.unitId, m.scheduledAt, m.place, m.convenedBy, m.presidingId, m.deputyId,
                m.deputyNote, MeetingStatus.valueOf(m.status), m.votingOpenedAt, m.minutes, m.minutesAt,
                m.confirmedAt, attendees, items, votes);
    }
}
