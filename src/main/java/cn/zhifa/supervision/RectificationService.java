package cn.zhifa.supervision;

import cn.zhifa.shared.StoredText;
import cn.zhifa.organization.Action;
import cn.zhifa.organization.RequiresPermission;
import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.casefile.CaseRecord;
import cn.zhifa.notification.NotificationService;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.Role;
import cn.zhifa.organization.UserAccount;
import cn.zhifa.shared.DomainException;
import cn.zhifa.supervision.Rectification.NewRectification;
import cn.zhifa.supervision.internal.RectificationRow;
import cn.zhifa.supervision.internal.SupervisionMapper;
import cn.zhifa.supervision.process.RectificationEngine;
import cn.zhifa.supervision.process.RectificationProcess;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rectification (整改) through {@code bpmn/rectification.bpmn}: a supervisor issues it to a unit (assigned to a named
 * officer, or to the unit's team leaders and the case's handlers) with a deadline; one of them records the fix; the
 * reviewer re-checks it and closes it or returns it. Each act concerning a case is an entry of its record.
 */
@Service
public class RectificationService {

    private final SupervisionMapper mapper;
    private final RectificationEngine engine;
    private final OrganizationService organization;
    private final CaseFileService cases;
    private final CaseRecord record;
    private final NotificationService notifications;
    private final SupervisionSettings settings;
    private final Clock clock;

    RectificationService(SupervisionMapper mapper, RectificationEngine engine, OrganizationService organization,
            CaseFileService cases, CaseRecord record, NotificationService notifications,
            SupervisionSettings settings, Clock clock) {
        this.mapper = mapper;
        this.engine = engine;
        this.organization = organization;
        this.cases = cases;
        this.record = record;
        this.notifications = notifications;
        this.settings = settings;
        this.clock = clock;
    }

    /** Issues a rectification (supervisors) and starts its process. */
    @Transactional
    @RequiresPermission(Action.SUPERVISION_PLAN)
    public Rectification issue(Actor actor, NewRectification n) {
        if (n == null || n.problem() == null || n.problem().isBlank()) {
            throw DomainException.invalid("field.required", "problem");
        }
        organization.unit(n.unitId());
        LocalDate today = LocalDate.now(clock);
        LocalDate deadline = n.deadline() == null ? settings.rectificationDue(today) : n.deadline();
        if (!deadline.isAfter(today)) {
            throw DomainException.invalid("sv.rect.badDeadline");
        }
        CaseFile c = null;
        if (n.caseId() != null) {
            c = cases.get(actor, n.caseId());
            if (c.unitId() != n.unitId()) {
                throw DomainException.invalid("sv.rect.caseOfOtherUnit");
            }
        }
        List<Long> candidates = new ArrayList<>();
        if (n.assigneeId() != null) {
            UserAccount u = organization.user(n.assigneeId());
            if (u.unitId() != n.unitId() || !u.enabled()
                    || !(u.roles().contains(Role.TEAM_LEADER) || u.roles().contains(Role.OFFICER))) {
                throw DomainException.invalid("sv.rect.badAssignee", u.displayName());
            }
            candidates.add(u.id());
        } else {
            Set<Long> s = new LinkedHashSet<>();
            organization.users(n.unitId()).stream()
                    .filter(u -> u.enabled() && u.roles().contains(Role.TEAM_LEADER)).forEach(u -> s.add(u.id()));
            if (c != null) {
                s.addAll(cases.handlerIds(c.id()));
            }
            candidates.addAll(s);
        }
        if (candidates.isEmpty()) {
            throw DomainException.invalid("sv.rect.nobody");
        }
        long reviewerId = n.reviewerId() == null ? actor.userId() : n.reviewerId();
        UserAccount reviewer = organization.user(reviewerId);
        if (!reviewer.roles().contains(Role.SUPERVISOR) && !reviewer.roles().contains(Role.LEGAL_REVIEWER)) {
            throw DomainException.invalid("sv.reviewer.notEligible", reviewer.displayName());
        }
        RectificationRow r = new RectificationRow();
        r.planId = n.planId();
        r.caseId = n.caseId();
        r.unitId = n.unitId();
        r.problem = n.problem().trim();
        r.advice = n.advice() == null || n.advice().isBlank() ? null : n.advice().trim();
        r.deadline = deadline;
        r.assigneeId = n.assigneeId();
        r.reviewerId = reviewerId;
        r.status = "OPEN";
        r.createdBy = actor.userId();
        r.createdAt = LocalDateTime.now(clock);
        mapper.insertRectification(r);
        Date due = Date.from(deadline.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
        r.processInstanceId = engine.start(r.id, candidates, due, reviewerId);
        update(r);
        if (r.caseId != null) {
            record.append(r.caseId, "SV_RECTIFICATION_ISSUED", actor.userId(), StoredText.typed(r.problem),
                    Map.of("rectificationId", r.id, "deadline", deadline.toString()));
        }
        notifications.notify(candidates, r.caseId, "SV_RECTIFICATION", "rect-" + r.id, deadline,
                StoredText.of("text.sv.rectificationIssued", r.problem));
        return toRectification(mapper.rectification(r.id));
    }

    /** 整改报送: one of the candidates records what was fixed; the reviewer re-checks next. */
    @Transactional
    @RequiresPermission(Action.SUPERVISION_RECTIFY)
    public Rectification fix(Actor actor, long id, String note) {
        RectificationRow r = rowForUpdate(id);
        String[] task = openTask(r, RectificationProcess.TASK_RECTIFY);
        if (!engine.candidates(task[0]).contains(actor.userId())) {
            throw DomainException.forbidden("sv.rect.notCandidate");
        }
        if (note == null || note.isBlank()) {
            throw DomainException.invalid("field.required", "note");
        }
        r.fixNote = note.trim();
        r.fixedBy = actor.userId();
        r.fixedOn = LocalDate.now(clock);
        r.status = "SUBMITTED";
        engine.completeRectify(task[0], actor.userId());
        update(r);
        if (r.caseId != null) {
            record.append(r.caseId, "SV_RECTIFICATION_FIXED", actor.userId(), StoredText.typed(r.fixNote),
                    Map.of("rectificationId", r.id));
        }
        notifications.notify(List.of(r.reviewerId), r.caseId, "SV_RECTIFICATION", "rect-" + r.id, null,
                StoredText.of("text.sv.rectificationFixed", r.problem));
        return toRectification(r);
    }

    /** 复查: the reviewer closes the rectification or returns it to be rectified again (with the reason). */
    @Transactional
    @RequiresPermission(Action.SUPERVISION_SCORE)
    public Rectification recheck(Actor actor, long id, boolean accepted, String note) {
        RectificationRow r = rowForUpdate(id);
        if (r.reviewerId != actor.userId()) {
            throw DomainException.forbidden("sv.rect.notReviewer");
        }
        String[] task = openTask(r, RectificationProcess.TASK_RECHECK);
        if (!accepted && (note == null || note.isBlank())) {
            throw DomainException.invalid("field.required", "note");
        }
        r.recheckNote = note == null || note.isBlank() ? null : note.trim();
        r.rounds++;
        engine.completeRecheck(task[0], accepted);
        r.status = accepted ? "CLOSED" : "RETURNED";
        r.closedOn = accepted ? LocalDate.now(clock) : null;
        update(r);
        if (r.caseId != null) {
            record.append(r.caseId, accepted ? "SV_RECTIFICATION_CLOSED" : "SV_RECTIFICATION_RETURNED",
                    actor.userId(), r.recheckNote, Map.of("rectificationId", r.id, "round", r.rounds));
        }
        return toRectification(r);
    }

    /** Supervisors see every unit's rectifications; others their own unit's. */
    @Transactional(readOnly = true)
    public List<Rectification> list(Actor actor, String status) {
        Long unit = actor.seesAllUnits() ? null : actor.unitId();
        return mapper.rectifications(unit, status).stream().map(this::toRectification).toList();
    }

    @Transactional(readOnly = true)
    public Rectification get(Actor actor, long id) {
        RectificationRow r = mapper.rectification(id);
        if (r == null || !(actor.seesAllUnits() || actor.unitId() == r.unitId)) {
            throw DomainException.notFound("sv.rect.notFound", id);
        }
        return toRectification(r);
    }

    /** The open engine task when the process is there (the engine's state); the step the row says otherwise. */
    private String[] openTask(RectificationRow r, String expectedKey) {
        String[] t = r.processInstanceId == null ? null : engine.openTask(r.processInstanceId);
        if (t == null || !expectedKey.equals(t[1])) {
            throw DomainException.conflict("sv.rect.wrongStep");
        }
        return t;
    }

    private RectificationRow rowForUpdate(long id) {
        RectificationRow r = mapper.rectificationForUpdate(id);
        if (r == null) {
            throw DomainException.notFound("sv.rect.notFound", id);
        }
        return r;
    }

    private void update(RectificationRow r) {
        if (mapper.updateRectification(r) != 1) {
            throw DomainException.conflict("sv.concurrentChange");
        }
        r.version++;
    }

    private Rectification toRectification(RectificationRow r) {
        boolean overdue = !"CLOSED".equals(r.status) && LocalDate.now(clock).isAfter(r.deadline);
        return new Rectification(r.id, r.planId, r.caseId, r.unitId, r.problem, r.advice, r.deadline, r.assigneeId,
                r.reviewerId, r.status, r.fixNote, r.fixedBy, r.fixedOn, r.recheckNote, r.rounds, r.closedOn,
                r.createdBy, r.createdAt, overdue);
    }
}
