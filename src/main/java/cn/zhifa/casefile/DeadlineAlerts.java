package cn.zhifa.casefile;

import cn.zhifa.casefile.internal.CaseFileMapper;
import cn.zhifa.casefile.internal.CaseRow;
import cn.zhifa.notification.NotificationService;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.UserAccount;
import cn.zhifa.shared.StoredText;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who hears about a deadline: the handlers (before filing, the officer who registered the lead) for a warning; the
 * handlers and the unit's heads when it is overdue. Each alert is also a line in the case's history.
 */
@Component
public class DeadlineAlerts {

    private final CaseFileMapper cases;
    private final CaseClockService clock;
    private final OrganizationService organization;
    private final NotificationService notifications;
    private final CaseHistory history;
    private final DeadlineComputation moments;

    DeadlineAlerts(CaseFileMapper cases, CaseClockService clock, OrganizationService organization,
            NotificationService notifications, CaseHistory history, DeadlineComputation moments) {
        this.moments = moments;
        this.cases = cases;
        this.clock = clock;
        this.organization = organization;
        this.notifications = notifications;
        this.history = history;
    }

    /**
     * The case clock's check at {@code now}: raises each open deadline's warning and overdue alert whose moment has
     * come, once each. Returns whether the case is still running (its clock goes on).
     */
    @Transactional
    public boolean check(long caseId, java.time.Instant now) {
        CaseRow row = cases.findCase(caseId);
        if (row == null || row.stage.isTerminal()) {
            return false;
        }
        for (cn.zhifa.casefile.internal.ClockMapper.DeadlineRow d : clock.storedRows(caseId)) {
            if (!d.open) {
                continue;
            }
            DeadlineKind kind = DeadlineKind.valueOf(d.kind);
            if (d.overdueAt == null && !now.isBefore(moments.overdueMoment(d.dueDate))) {
                raise(caseId, kind, true);
                clock.markOverdue(caseId, kind);
            } else if (d.warnedAt == null && d.overdueAt == null && !now.isBefore(moments.warnMoment(d.dueDate))) {
                raise(caseId, kind, false);
                clock.markWarned(caseId, kind);
            }
        }
        return true;
    }

    @Transactional
    public void raise(long caseId, DeadlineKind kind, boolean overdue) {
        CaseRow row = cases.findCase(caseId);
        CaseDeadline d = clock.stored(caseId, kind);
        if (row == null || d == null) {
            return;
        }
        List<Long> to = new ArrayList<>(cases.findHandlers(caseId).stream().map(h -> h.userId).toList());
        if (to.isEmpty()) {
            to.add(row.registeredBy);
        }
        if (overdue) {
            organization.heads(row.unitId).stream().map(UserAccount::id).forEach(to::add);
        }
        // rendered in each reader's language (decision 0033): the deadline's kind and a lead's name are labels
        Object ref = row.caseNo != null ? row.caseNo : StoredText.of("case.lead", String.valueOf(row.id));
        StoredText text = StoredText.of(overdue ? "deadline.overdueMessage" : "deadline.warningMessage", ref,
                StoredText.label("deadline." + kind.name()), d.due(), d.workingDaysLeft());
        notifications.notify(to, caseId,
                overdue ? NotificationService.DEADLINE_OVERDUE : NotificationService.DEADLINE_WARNING, kind.name(),
                d.due(), text);
        history.record(caseId, row.stage, row.stage, overdue ? "DEADLINE_OVERDUE" : "DEADLINE_WARNING", null, text);
    }
}
