package cn.zhifa.complaint;

import cn.zhifa.shared.RunningNumber;
import cn.zhifa.shared.StoredText;
import static cn.zhifa.complaint.ComplaintRows.blankToNull;
import static cn.zhifa.complaint.ComplaintRows.optional;
import static cn.zhifa.complaint.ComplaintRows.placeKey;
import static cn.zhifa.complaint.ComplaintRows.require;
import static cn.zhifa.complaint.ComplaintRows.toComplaint;

import cn.zhifa.organization.Action;
import cn.zhifa.organization.RequiresPermission;
import cn.zhifa.calendar.Period;
import cn.zhifa.calendar.StatutoryPeriod;
import cn.zhifa.calendar.StatutoryPeriods;
import cn.zhifa.calendar.WorkingDayCalendar;
import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.casefile.LeadSource;
import cn.zhifa.casefile.NewLead;
import cn.zhifa.complaint.internal.ComplaintMapper;
import cn.zhifa.complaint.internal.ComplaintRow;
import cn.zhifa.complaint.process.ComplaintEngine;
import cn.zhifa.notification.NotificationService;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.Role;
import cn.zhifa.organization.Unit;
import cn.zhifa.organization.UserAccount;
import cn.zhifa.shared.DomainException;
import cn.zhifa.summary.SummaryCase;
import cn.zhifa.summary.SummaryProcedureService;
import cn.zhifa.tasks.InboxService;
import cn.zhifa.tasks.InboxTask;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 投诉举报: intake from every channel with de-duplication hints (same place, party or item within
 * {@code zhifa.complaints.duplicate-window-days}, default 30), assignment by a team leader (or transfer to another
 * unit), verification within {@link StatutoryPeriod#VERIFY_LEAD}, the outcome — no violation, corrected on the spot,
 * summary procedure, or 诉转案 (an ordinary case registered with the complaint as its lead, linked both ways) — and the
 * reply to the complainant within {@code zhifa.complaints.reply-period} (default 15 WORKING_DAYS from receipt).
 */
@Service
public class ComplaintService {

    public static final String ASSIGNING = "ASSIGNING";
    public static final String VERIFYING = "VERIFYING";
    public static final String REPLYING = "REPLYING";
    public static final String CLOSED = "CLOSED";

    private static final Set<String> REPLY_METHODS = Set.copyOf(ComplaintReply.METHODS);

    private final ComplaintMapper mapper;
    private final CaseFileService cases;
    private final SummaryProcedureService summaries;
    private final OrganizationService organization;
    private final StatutoryPeriods periods;
    private final WorkingDayCalendar calendar;
    private final ComplaintEngine engine;
    private final InboxService inbox;
    private final NotificationService notifications;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Clock clock;
    private final int duplicateWindowDays;
    private final Period replyPeriod;

    public ComplaintService(ComplaintMapper mapper, CaseFileService cases, SummaryProcedureService summaries,
            OrganizationService organization, StatutoryPeriods periods, WorkingDayCalendar calendar,
            ComplaintEngine engine, InboxService inbox, NotificationService notifications, Clock clock,
            org.springframework.context.ApplicationEventPublisher events,
            @Value("${zhifa.complaints.duplicate-window-days:30}") int duplicateWindowDays,
            @Value("${zhifa.complaints.reply-period:15 WORKING_DAYS}") String replyPeriod) {
        this.mapper = mapper;
        this.cases = cases;
        this.summaries = summaries;
        this.organization = organization;
        this.periods = periods;
        this.calendar = calendar;
        this.engine = engine;
        this.inbox = inbox;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
        this.duplicateWindowDays = duplicateWindowDays;
        this.replyPeriod = Period.parse(replyPeriod);
    }

    /**
     * Registers a complaint and starts its process. {@code actor} is null for the public web form (channel WEB, unit
     * required). Returns the earlier complaints that look like the same matter.
     */
    @RequiresPermission(Action.COMPLAINT_INTAKE)
    @Transactional
    public ComplaintReceipt intake(Actor actor, NewComplaint c) {
        if (c == null || c.channel() == null) {
            throw DomainException.invalid("field.required", "channel");
        }
        if (actor == null && c.channel() != ComplaintChannel.WEB) {
            throw DomainException.forbidden("auth.required");
        }
        if (actor != null && !(actor.has(Role.OFFICER) || actor.has(Role.AUXILIARY) || actor.has(Role.TEAM_LEADER)
                || actor.isHead())) {
            throw DomainException.forbidden("complaint.intakeNotAllowed");
        }
        require(c.place(), "place", 200);
        require(c.content(), "content", 2000);
        optional(c.complainantName(), "complainantName", 100);
        optional(c.complainantPhone(), "complainantPhone", 30);
        optional(c.partyName(), "partyName", 100);
        optional(c.externalRef(), "externalRef", 64);
        if (c.complainantPhone() != null && !c.complainantPhone().isBlank()
                && !c.complainantPhone().trim().matches("[0-9+\\- ]{5,30}")) {
            throw DomainException.invalid("complaint.badPhone");
        }
        long unitId;
        if (c.unitId() != null) {
            Unit u = organization.unit(c.unitId());
            unitId = u.id();
        } else if (actor != null) {
            unitId = actor.unitId();
        } else {
            throw DomainException.invalid("field.required", "unitId");
        }
        if (c.itemId() != null && !organization.item(c.itemId()).active()) {
            throw DomainException.invalid("item.inactive");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        ComplaintRow row = new ComplaintRow();
        row.unitId = unitId;
        row.channel = c.channel().name();
        row.externalRef = blankToNull(c.externalRef());
        row.complainantName = blankToNull(c.complainantName());
        row.complainantPhone = blankToNull(c.complainantPhone());
        row.replyRequired = row.complainantPhone != null;
        row.place = c.place().trim();
        row.placeKey = placeKey(c.place());
        row.partyName = blankToNull(c.partyName());
        row.itemId = c.itemId();
        row.content = c.content().trim();
        row.receivedAt = now;
        row.registeredBy = actor == null ? null : actor.userId();
        row.status = ASSIGNING;
        row.verifyDue = periods.dueFrom(now.toLocalDate(), StatutoryPeriod.VERIFY_LEAD).date();
        row.complaintNo = number(unitId, now.getYear());
        List<ComplaintRow> similar = mapper.similar(unitId, now.minusDays(duplicateWindowDays), row.placeKey,
                row.partyName, row.itemId, null);
        if (c.sameMatterAs() != null) {
            ComplaintRow earlier = mapper.find(c.sameMatterAs());
            if (earlier == null || earlier.unitId != unitId) {
                throw DomainException.notFound("complaint.notFound", c.sameMatterAs());
            }
            row.matterId = earlier.matterId;
        }
        mapper.insert(row);
        ComplaintRow stored = mapper.findForUpdate(row.id);
        if (stored.matterId == null) {
            stored.matterId = stored.id;
        }
        stored.processInstanceId = engine.start(row.id, unitId, row.replyRequired);
        update(stored);
        return new ComplaintReceipt(get(row.id), similar.stream().map(ComplaintRows::toComplaint).toList());
    }

    @Transactional(readOnly = true)
    public ComplaintDetails details(Actor actor, long id) {
        ComplaintRow r = readable(actor, id);
        List<Complaint> matter = mapper.ofMatter(r.matterId == null ? r.id : r.matterId).stream()
                .map(ComplaintRows::toComplaint).toList();
        List<Complaint> hints = mapper.similar(r.unitId, r.receivedAt.minusDays(duplicateWindowDays), r.placeKey,
                r.partyName, r.itemId, r.id).stream().filter(s -> !s.matterId.equals(r.matterId))
                .map(ComplaintRows::toComplaint).toList();
        return new ComplaintDetails(toComplaint(r), matter, hints, inbox.openTasksOfComplaint(id));
    }

    @Transactional(readOnly = true)
    public List<Complaint> search(Actor actor, String status, int offset, int limit) {
        return mapper.search(actor.seesAllUnits() ? null : actor.unitId(), blankToNull(status),
                limit <= 0 || limit > 200 ? 50 : limit, Math.max(0, offset)).stream()
                .map(ComplaintRows::toComplaint).toList();
    }

    /** The complaints that led to a case (诉转案 or summary procedure), for the case's screens. */
    @Transactional(readOnly = true)
    public List<Complaint> ofCase(long caseId) {
        return mapper.ofCase(caseId).stream().map(ComplaintRows::toComplaint).toList();
    }

    /** Marks this complaint as repeating an earlier one (same matter); both then show together. */
    @RequiresPermission(Action.COMPLAINT_INTAKE)
    @Transactional
    public Complaint linkToMatter(Actor actor, long id, long earlierId) {
        ComplaintRow r = writable(actor, id);
        ComplaintRow earlier = readable(actor, earlierId);
        r.matterId = earlier.matterId;
        update(r);
        return get(id);
    }

    /** 分派: a team leader of the unit gives the complaint to an officer, or transfers it to another unit. */
    @RequiresPermission(Action.COMPLAINT_ASSIGN)
    @Transactional
    public Complaint assign(Actor actor, long id, Long verifierId, Long transferToUnitId) {
        ComplaintRow r = writable(actor, id);
        String taskId = openTask(actor, id, "Task_AssignComplaint");
        if (transferToUnitId != null) {
            if (transferToUnitId == r.unitId) {
                throw DomainException.invalid("complaint.transferSameUnit");
            }
            organization.unit(transferToUnitId);
            r.unitId = transferToUnitId;
            update(r);
            engine.completeAssign(taskId, null, transferToUnitId);
            return get(id);
        }
        if (verifierId == null) {
            throw DomainException.invalid("field.required", "verifierId");
        }
        UserAccount v = organization.user(verifierId);
        if (!v.enabled() || v.unitId() != r.unitId || !v.roles().contains(Role.OFFICER)) {
            throw DomainException.invalid("handlers.notOfficer", v.displayName());
        }
        r.verifierId = verifierId;
        r.status = VERIFYING;
        update(r);
        engine.completeAssign(taskId, verifierId, null);
        return get(id);
    }

    /** 核查处理: the verifier records the outcome; CASE registers the ordinary case (诉转案) in this transaction. */
    @RequiresPermission(Action.COMPLAINT_HANDLE)
    @Transactional
    public Complaint verify(Actor actor, long id, Verification v) {
        ComplaintRow r = writable(actor, id);
        String taskId = openTask(actor, id, "Task_VerifyComplaint");
        if (v == null || v.outcome() == null) {
            throw DomainException.invalid("field.required", "outcome");
        }
        require(v.note(), "note", 2000);
        switch (v.outcome()) {
            case SUMMARY -> {
                if (v.summaryCaseId() == null) {
                    throw DomainException.invalid("complaint.summaryCaseRequired");
                }
                SummaryCase s = summaries.get(actor, v.summaryCaseId());
                if (s.unitId() != r.unitId) {
                    throw DomainException.notFound("case.notFound", v.summaryCaseId());
                }
                r.caseId = s.caseId();
            }
            case CASE -> {
                LeadSource source = ComplaintChannel.HOTLINE_12345.name().equals(r.channel) ? LeadSource.HOTLINE_12345
                        : LeadSource.COMPLAINT;
                String summary = "投诉举报 " + r.complaintNo + "：" + r.content;
                CaseFile c = cases.registerLead(actor, new NewLead(source,
                        summary.length() > 2000 ? summary.substring(0, 2000) : summary, r.place,
                        r.receivedAt.toLocalDate(), null, r.itemId, v.parties() == null ? List.of() : v.parties()));
                r.caseId = c.id();
            }
            default -> {
                if (v.summaryCaseId() != null) {
                    throw DomainException.invalid("complaint.noCaseForOutcome");
                }
            }
        }
        LocalDateTime now = LocalDateTime.now(clock);
        r.outcome = v.outcome().name();
        r.outcomeNote = v.note().trim();
        r.verifiedAt = now;
        if (r.replyRequired) {
            r.status = REPLYING;
            r.replyDue = calendar.due(r.receivedAt.toLocalDate(), replyPeriod).date();
        } else {
            r.status = CLOSED;
        }
        update(r);
        engine.complete(taskId);
        return get(id);
    }

    /** 答复: what the complainant was told, and how; closes the complaint. */
    @RequiresPermission(Action.COMPLAINT_HANDLE)
    @Transactional
    public Complaint reply(Actor actor, long id, ComplaintReply reply) {
        ComplaintRow r = writable(actor, id);
        String taskId = openTask(actor, id, "Task_ReplyComplainant");
        if (reply == null) {
            throw DomainException.invalid("field.required", "text");
        }
        require(reply.text(), "text", 2000);
        if (reply.method() == null || !REPLY_METHODS.contains(reply.method())) {
            throw DomainException.invalid("complaint.badReplyMethod", REPLY_METHODS);
        }
        r.reply = reply.text().trim();
        r.replyMethod = reply.method();
        r.repliedAt = LocalDateTime.now(clock);
        r.repliedBy = actor.userId();
        r.status = CLOSED;
        update(r);
        engine.complete(taskId);
        events.publishEvent(new ComplaintReplied(get(id), actor.userId())); // its written reply, in this transaction
        return get(id);
    }

    /** Engine: verification ({@code reply=false}) or reply is overdue — warn the verifier and the team leaders. */
    @Transactional
    public void warnLate(long id, boolean reply) {
        ComplaintRow r = mapper.findForUpdate(id);
        if (r == null) {
            return;
        }
        List<Long> users = new ArrayList<>();
        if (r.verifierId != null) {
            users.add(r.verifierId);
        }
        organization.users(r.unitId).stream().filter(u -> u.enabled() && u.roles().contains(Role.TEAM_LEADER))
                .forEach(u -> users.add(u.id()));
        LocalDate due = reply ? r.replyDue : r.verifyDue;
        notifications.notify(users, null, NotificationService.DEADLINE_OVERDUE,
                reply ? "COMPLAINT_REPLY" : "COMPLAINT_VERIFY", due, StoredText.of("text.overdue", r.complaintNo,
                        StoredText.label(reply ? "text.complaint.reply" : "text.complaint.verify"), due));
        r.lateWarned = r.lateWarned == null ? (reply ? "REPLY" : "VERIFY")
                : r.lateWarned + "," + (reply ? "REPLY" : "VERIFY");
        update(r);
    }

    /** [verification due, reply due] for the engine's timers. */
    @Transactional(readOnly = true)
    public LocalDate[] dueDates(long id) {
        ComplaintRow r = mapper.find(id);
        return r == null ? new LocalDate[2] : new LocalDate[] {r.verifyDue, r.replyDue};
    }

    /** Counts by channel, outcome and status, and how many complaints became cases (诉转案) — in the data scope. */
    @Transactional(readOnly = true)
    public Map<String, Object> statistics(Actor actor, LocalDate from, LocalDate to) {
        return ComplaintRows.statistics(mapper, actor, from, to);
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    Complaint get(long id) {
        return toComplaint(mapper.find(id));
    }

    private ComplaintRow readable(Actor actor, long id) {
        ComplaintRow r = mapper.find(id);
        if (r == null || !(actor.seesAllUnits() || r.unitId == actor.unitId())) {
            throw DomainException.notFound("complaint.notFound", id);
        }
        return r;
    }

    private ComplaintRow writable(Actor actor, long id) {
        ComplaintRow r = mapper.findForUpdate(id);
        if (r == null || r.unitId != actor.unitId()) {
            throw DomainException.notFound("complaint.notFound", id);
        }
        return r;
    }

    private void update(ComplaintRow r) {
        if (mapper.update(r) != 1) {
            throw DomainException.conflict("case.concurrentChange");
        }
        r.version++;
    }

    private String openTask(Actor actor, long id, String taskKey) {
        String taskId = inbox.openTasksOfComplaint(id).stream().filter(t -> taskKey.equals(t.taskKey()))
                .map(InboxTask::taskId).findFirst().orElseThrow(() -> DomainException.conflict("complaint.stepNotOpen"));
        inbox.lockForCompletion(actor, taskId);
        return taskId;
    }

    private String number(long unitId, int year) {
        int seq = RunningNumber.take(new RunningNumber(unitId, null, year), mapper::bumpNumber,
                () -> mapper.insertNumber(unitId, year));
        return String.format("%s投〔%d〕第%05d号", organization.unit(unitId).caseNumberPrefix(), year, seq);
    }
}
