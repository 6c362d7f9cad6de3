package cn.zhifa.casefile;

import cn.zhifa.shared.StoredText;
import cn.zhifa.casefile.internal.CaseFileMapper;
import cn.zhifa.casefile.internal.CaseMotionMapper;
import cn.zhifa.casefile.internal.CaseRow;
import cn.zhifa.organization.Action;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.RequiresPermission;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Limits;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A decision after the decision period ran out (行政处罚法 Art. 60; decision record 0025): only once a head who is not
 * a handler has recorded his approval with reasons for the deadline that ran out. The approval is a
 * {@link CaseMotion} of kind LATE_DECISION (approved when recorded), a record entry, and is published to supervision
 * ({@code v_casefile_late_decision}, {@link #count}). With it the decision step and an extension are possible again.
 */
@Service
public class LateDecisionService {

    private final CaseFileMapper cases;
    private final CaseMotionMapper motions;
    private final CaseClockService caseClock;
    private final CaseHistory history;
    private final Clock clock;

    LateDecisionService(CaseFileMapper cases, CaseMotionMapper motions, CaseClockService caseClock,
            CaseHistory history, Clock clock) {
        this.cases = cases;
        this.motions = motions;
        this.caseClock = caseClock;
        this.history = history;
        this.clock = clock;
    }

    /** A head who is not a handler approves deciding after the period that ran out, with reasons. */
    @RequiresPermission(Action.CASE_EXIT_APPROVE)
    @Transactional
    public CaseMotion approve(Actor actor, long caseId, String reason) {
        CaseRow row = CaseScope.workable(actor, cases.findCaseForUpdate(caseId), caseId);
        if (!actor.isHead()) {
            throw DomainException.forbidden("auth.headOnly");
        }
        SeparationOfDuties.require(Duty.APPROVE_EXIT, actor.userId(),
                cases.findHandlers(caseId).stream().map(h -> h.userId).toList());
        if (row.filedDate == null || row.decidedDate != null || row.stage.isTerminal()) {
            throw DomainException.invalid("late.notOpen");
        }
        String why = Limits.requiredText(reason, "reason", Limits.TEXT);
        LocalDate due = caseClock.decisionDeadline(row).orElseThrow().due();
        if (!LocalDate.now(clock).isAfter(due)) {
            throw DomainException.invalid("late.notOverdue", due);
        }
        if (approvalFor(caseId, due).isPresent()) {
            throw DomainException.invalid("late.alreadyApproved", due);
        }
        long id = motions.insert(caseId, CaseMotionKind.LATE_DECISION, null, null, null, due, why, actor.userId(),
                LocalDateTime.now(clock), true);
        history.record(caseId, row.stage, row.stage, "LATE_DECISION_APPROVED", actor.userId(),
                StoredText.of("text.lateDecision.approved", due, why));
        return motions.find(id);
    }

    /** The approval of a late decision recorded for the decision deadline {@code due}, if any. */
    @Transactional(readOnly = true)
    public Optional<CaseMotion> approvalFor(long caseId, LocalDate due) {
        return motions.ofCase(caseId).stream().filter(m -> m.kind() == CaseMotionKind.LATE_DECISION
                && Boolean.TRUE.equals(m.approved()) && due.equals(m.dueDate())).findFirst();
    }

    /** Supervision's figure: approved late decisions of a unit (or every unit) approved in [from, to]. */
    @Transactional(readOnly = true)
    public long count(Long unitId, LocalDate from, LocalDate to) {
        return motions.countLate(unitId, from.atStartOfDay(), to.plusDays(1).atStartOfDay());
    }
}
