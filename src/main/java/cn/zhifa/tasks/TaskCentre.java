package cn.zhifa.tasks;

import cn.zhifa.shared.StoredText;
import cn.zhifa.notification.NotificationService;
import cn.zhifa.organization.Action;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.Permissions;
import cn.zhifa.organization.RequiresPermission;
import cn.zhifa.organization.Role;
import cn.zhifa.organization.UserAccount;
import cn.zhifa.shared.DomainException;
import cn.zhifa.tasks.internal.InboxMapper;
import cn.zhifa.tasks.internal.InboxRow;
import cn.zhifa.tasks.process.TaskEngine;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The task centre's verbs beyond claim and give-back (issue 16, decision 0022): 转办 (reassign an open task), 催办
 * (urge it, counted) and 已办 (the tasks I completed). Rules live here, so REST and screens refuse alike; each act is
 * a {@link TaskEvent} the case record turns into an entry in the same transaction.
 */
@Service
public class TaskCentre {

    /** Longest reason of a 转办 and longest 催办 message (characters). */
    public static final int MAX_TEXT = 500;
    /** Notification kind of a 催办. */
    public static final String KIND_URGED = "TASK_URGED";

    private final InboxMapper mapper;
    private final TaskEngine engine;
    private final OrganizationService organization;
    private final NotificationService notifications;
    private final ObjectProvider<ClaimGuard> claimGuards;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TaskCentre(InboxMapper mapper, TaskEngine engine, OrganizationService organization,
            NotificationService notifications, ObjectProvider<ClaimGuard> claimGuards,
            ApplicationEventPublisher events, Clock clock) {
        this.mapper = mapper;
        this.engine = engine;
        this.organization = organization;
        this.notifications = notifications;
        this.claimGuards = claimGuards;
        this.events = events;
        this.clock = clock;
    }

    /**
     * 转办: a team leader or head of the task's unit gives the task to another officer, with a reason. The new
     * assignee must be a qualified officer of the unit (enabled, not an auxiliary, a certificate valid today) who may
     * work the task: a member of its candidate group, or — for the handlers' tasks — a handler of the case (change
     * the handlers first: {@code POST /api/cases/{id}/handlers/reassign}); the other checks on taking the task (a
     * legal reviewer's qualification and recusal) apply to him as to a claim. Refused with nothing changed otherwise.
     */
    @RequiresPermission(Action.TASK_REASSIGN)
    @Transactional
    public InboxTask reassign(Actor actor, String taskId, long toUserId, String reason) {
        String why = requiredText(reason, "task.reassign.reasonRequired");
        InboxRow row = locked(taskId);
        if (row.unitId != actor.unitId()) {
            throw DomainException.forbidden("task.verb.otherUnit");
        }
        if (Objects.equals(row.assigneeId, toUserId)) {
            throw DomainException.invalid("task.reassign.sameAssignee");
        }
        UserAccount to = qualifiedOfficer(row.unitId, toUserId, needsCertificate(row.candidateGroup));
        Actor target = to.toActor();
        if (InboxService.GROUP_HANDLER.equals(row.candidateGroup)) {
            if (!mapper.isHandler(row.caseId, toUserId)) {
                throw DomainException.invalid("task.reassign.notHandler", to.displayName());
            }
        } else if (!Permissions.inCandidateGroup(target, row.candidateGroup)) {
            throw DomainException.invalid("task.reassign.notCandidate", to.displayName());
        }
        TaskRef ref = mapper.ref(taskId);
        claimGuards.orderedStream().forEach(g -> g.check(target, ref));
        Long from = row.assigneeId;
        mapper.setAssignee(taskId, toUserId);
        engine.setAssignee(taskId, toUserId);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("reason", why);
        if (from != null) {
            details.put("previousAssigneeId", from);
        }
        publish(TaskEvent.Kind.REASSIGNED, row, actor.userId(), toUserId, details);
        notifications.notify(List.of(toUserId), caseIdOrNull(row), "TASK_REASSIGNED", null, row.dueDate,
                StoredText.of("text.task.reassigned", why));
        return InboxService.toTask(mapper.find(taskId));
    }

    /**
     * The officers a task may be given to (转办): qualified officers of its unit who may work it, the current
     * assignee excepted. For the screen's choice; {@link #reassign} checks again.
     */
    @Transactional(readOnly = true)
    public List<UserAccount> reassignTargets(Actor actor, String taskId) {
        InboxRow row = mapper.find(taskId);
        if (row == null || row.unitId != actor.unitId()) {
            return List.of();
        }
        List<UserAccount> pool = needsCertificate(row.candidateGroup) ? organization.qualifiedOfficers(row.unitId)
                : organization.users(row.unitId).stream().filter(UserAccount::enabled).toList();
        return pool.stream()
                .filter(u -> !Objects.equals(u.id(), row.assigneeId))
                .filter(u -> InboxService.GROUP_HANDLER.equals(row.candidateGroup)
                        ? mapper.isHandler(row.caseId, u.id())
                        : Permissions.inCandidateGroup(u.toActor(), row.candidateGroup))
                .toList();
    }

    /**
     * 催办: a team leader or head of the task's unit, or a supervisor, urges the task — a notification to its
     * assignee (or, while unassigned, to everyone who may take it), an entry in the case record, and the task's
     * count of urges ({@link #urgeCount}, {@code v_tasks_urge} for supervision).
     *
     * @return the task's count of urges after this one
     */
    @RequiresPermission(Action.SUPERVISION_URGE)
    @Transactional
    public int urge(Actor actor, String taskId, String message) {
        String text = message == null ? "" : message.strip();
        if (text.length() > MAX_TEXT) {
            throw DomainException.invalid("task.urge.tooLong", MAX_TEXT);
        }
        InboxRow row = locked(taskId);
        if (!actor.has(Role.SUPERVISOR) && row.unitId != actor.unitId()) {
            throw DomainException.forbidden("task.verb.otherUnit");
        }
        List<Long> recipients = recipients(row);
        if (recipients.isEmpty()) {
            throw DomainException.invalid("task.urge.nobody");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        if (mapper.urgeAgain(taskId, now, actor.userId()) == 0) {
            mapper.urgeFirst(taskId, now, actor.userId());
        }
        int count = mapper.urgeCount(taskId);
        Map<String, Object> details = new LinkedHashMap<>();
        if (!text.isEmpty()) {
            details.put("reason", text);
        }
        details.put("urgeCount", count);
        details.put("recipients", recipients);
        publish(TaskEvent.Kind.URGED, row, actor.userId(), row.assigneeId, details);
        notifications.notify(recipients, caseIdOrNull(row), KIND_URGED, null, row.dueDate,
                text.isEmpty() ? StoredText.of("text.task.urged", count)
                        : StoredText.of("text.task.urgedNote", count, text));
        return count;
    }

    /** The handlers of a case (user ids), for the 转办承办人 choice. */
    @Transactional(readOnly = true)
    public List<Long> handlersOf(long caseId) {
        return mapper.handlersOf(caseId);
    }

    /** How often the task was urged (0: never). */
    @Transactional(readOnly = true)
    public int urgeCount(String taskId) {
        return mapper.urgeCount(taskId);
    }

    /** How often the open and completed tasks of a case were urged in all (for supervision). */
    @Transactional(readOnly = true)
    public int urgesOfCase(long caseId) {
        return mapper.urgesOfCase(caseId);
    }

    /** 已办: the tasks the actor completed, newest first, each with its case's current stage. */
    @Transactional(readOnly = true)
    public List<DoneTask> done(Actor actor, int offset, int limit) {
        int lim = limit <= 0 || limit > 200 ? 50 : limit;
        return mapper.done(actor.userId(), lim, Math.max(0, offset)).stream()
                .map(r -> new DoneTask(r.taskId, r.caseId, r.taskKey, r.procedureType, r.createdAt, r.completedAt,
                        r.caseNo, r.partyName, r.location, r.itemName, r.stage))
                .toList();
    }

    private InboxRow locked(String taskId) {
        InboxRow row = mapper.findForUpdate(taskId);
        if (row == null) {
            throw DomainException.conflict("task.goneOrDone", taskId);
        }
        return row;
    }

    /**
     * Whether the task's group performs enforcement acts (the handlers' and officers' steps), which only holders of a
     * valid 执法证 may take (行政处罚法 Art. 42). Approvals and reviews (heads, team leaders, case and legal reviewers)
     * are the agency's decisions: their holders need the role, not a certificate — a head without one may receive a
     * 立案审批 by 转办 (decision 0022, amendment).
     */
    static boolean needsCertificate(String candidateGroup) {
        return InboxService.GROUP_HANDLER.equals(candidateGroup) || "OFFICER".equals(candidateGroup);
    }

    private UserAccount qualifiedOfficer(long unitId, long userId, boolean needsCertificate) {
        UserAccount to;
        try {
            to = organization.user(userId);
        } catch (DomainException e) {
            throw DomainException.invalid("task.reassign.noSuchUser", userId);
        }
        if (to.unitId() != unitId) {
            throw DomainException.invalid("task.reassign.otherUnit", to.displayName());
        }
        if (!needsCertificate) {
            if (!to.enabled()) {
                throw DomainException.invalid("task.reassign.disabled", to.displayName());
            }
            return to;
        }
        boolean qualified = organization.qualifiedOfficers(unitId).stream().anyMatch(u -> u.id() == userId);
        if (!qualified) {
            throw DomainException.invalid("task.reassign.unqualified", to.displayName());
        }
        return to;
    }

    /** The assignee, or while unassigned whoever may take the task (its handlers, or its group in its unit). */
    private List<Long> recipients(InboxRow row) {
        if (row.assigneeId != null) {
            return List.of(row.assigneeId);
        }
        if (InboxService.GROUP_HANDLER.equals(row.candidateGroup)) {
            return mapper.handlersOf(row.caseId);
        }
        return organization.users(row.unitId).stream()
                .filter(u -> u.enabled() && Permissions.inCandidateGroup(u.toActor(), row.candidateGroup))
                .map(UserAccount::id).toList();
    }

    private void publish(TaskEvent.Kind kind, InboxRow row, long actorId, Long assigneeId,
            Map<String, Object> details) {
        if (!InboxTask.PROCEDURE_COMPLAINT.equals(row.procedureType)) {
            events.publishEvent(new TaskEvent(kind, row.taskId, row.caseId, row.taskKey, actorId, assigneeId,
                    false, details));
        }
    }

    private static Long caseIdOrNull(InboxRow row) {
        return InboxTask.PROCEDURE_COMPLAINT.equals(row.procedureType) ? null : row.caseId;
    }

    /** A required reason: stripped, not blank (refused with {@code code}), at most {@link #MAX_TEXT} characters. */
    public static String requiredText(String text, String code) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw DomainException.invalid(code);
        }
        if (t.length() > MAX_TEXT) {
            throw DomainException.invalid("task.verb.tooLong", MAX_TEXT);
        }
        return t;
    }
}
