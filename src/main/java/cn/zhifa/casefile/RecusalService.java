package cn.zhifa.casefile;

import cn.zhifa.shared.StoredText;
import cn.zhifa.casefile.internal.CaseFileMapper;
import cn.zhifa.casefile.internal.CaseMotionMapper;
import cn.zhifa.casefile.internal.CaseRow;
import cn.zhifa.organization.Action;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.RequiresPermission;
import cn.zhifa.organization.UserAccount;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Limits;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 回避 (行政处罚法 Art. 43; decision record 0025) of a handler or of the presiding officer of the scheduled hearing, on
 * the party's application (recorded by a handler or the person concerned) or the officer's own. A head who is neither a
 * handler nor the person concerned decides; granted, the person is replaced by the successor the head names — a
 * handler through {@link HandlerReassignment} (same qualification rules, its own record entry), a presider through the
 * hearing record ({@link HearingPresider}; the successor did not investigate the case). The investigation goes on
 * while the application is pending. Every act is a record entry; a refusal changes nothing.
 */
@Service
public class RecusalService {

    private final CaseFileMapper cases;
    private final CaseMotionMapper motions;
    private final HandlerReassignment handlers;
    private final ObjectProvider<HearingPresider> hearing;
    private final OrganizationService organization;
    private final CaseHistory history;
    private final Clock clock;

    RecusalService(CaseFileMapper cases, CaseMotionMapper motions, HandlerReassignment handlers,
            ObjectProvider<HearingPresider> hearing, OrganizationService organization, CaseHistory history,
            Clock clock) {
        this.cases = cases;
        this.motions = motions;
        this.handlers = handlers;
        this.hearing = hearing;
        this.organization = organization;
        this.history = history;
        this.clock = clock;
    }

    /** The presiding officer of the case's scheduled hearing, if any (the screens offer his recusal). */
    @Transactional(readOnly = true)
    public java.util.Optional<Long> scheduledPresider(long caseId) {
        return hearing.getObject().scheduledPresider(caseId);
    }

    /** Records an application for the recusal of {@code subjectUserId} in {@code role}. */
    @RequiresPermission(Action.RECUSAL_REQUEST)
    @Transactional
    public CaseMotion apply(Actor actor, long caseId, long subjectUserId, RecusalRole role,
            RecusalApplicant applicant, String reason) {
        CaseRow row = open(actor, caseId);
        if (role == null || applicant == null) {
            throw DomainException.invalid("field.required", role == null ? "role" : "applicant");
        }
        String why = Limits.requiredText(reason, "reason", Limits.TEXT);
        List<Long> handlerIds = handlerIds(caseId);
        boolean holds = role == RecusalRole.HANDLER ? handlerIds.contains(subjectUserId)
                : hearing.getObject().scheduledPresider(caseId).map(p -> p == subjectUserId).orElse(false);
        if (!holds) {
            throw DomainException.invalid(role == RecusalRole.HANDLER ? "recusal.notHandler" : "recusal.notPresider");
        }
        boolean self = actor.userId() == subjectUserId;
        if (applicant == RecusalApplicant.SELF ? !self : !(self || handlerIds.contains(actor.userId()))) {
            throw DomainException.forbidden("recusal.notForOthers");
        }
        if (motions.ofCase(caseId).stream().anyMatch(m -> m.kind() == CaseMotionKind.RECUSAL && m.pending()
                && m.subjectUserId() == subjectUserId)) {
            throw DomainException.invalid("recusal.alreadyPending");
        }
        long id = motions.insert(caseId, CaseMotionKind.RECUSAL, applicant.name(), subjectUserId, role.name(), null,
                why, actor.userId(), LocalDateTime.now(clock), null);
        history.record(caseId, row.stage, row.stage, "RECUSAL_REQUESTED", actor.userId(),
                StoredText.of("text.recusal.requested", StoredText.label("text.recusal.", applicant),
                        StoredText.label("text.recusal.", role), name(subjectUserId)).and(why));
        return motions.find(id);
    }

    /**
     * A head who is neither a handler nor the person concerned decides: granted with a successor (the person leaves
     * the case), or refused with reasons.
     */
    @RequiresPermission(Action.RECUSAL_DECIDE)
    @Transactional
    public CaseMotion decide(Actor actor, long caseId, long motionId, boolean grant, Long successorId,
            String opinion) {
        CaseRow row = open(actor, caseId);
        if (!actor.isHead()) {
            throw DomainException.forbidden("auth.headOnly");
        }
        List<Long> handlerIds = handlerIds(caseId);
        SeparationOfDuties.require(Duty.DECIDE, actor.userId(), handlerIds);
        CaseMotion m = motions.find(motionId);
        if (m == null || m.caseId() != caseId || m.kind() != CaseMotionKind.RECUSAL || !m.pending()) {
            throw DomainException.notFound("recusal.noPending", motionId);
        }
        if (m.subjectUserId() == actor.userId()) {
            throw DomainException.forbidden("recusal.ownCase");
        }
        String text = grant ? ExecutionService.blankToNull(opinion)
                : Limits.requiredText(opinion, "opinion", Limits.TEXT);
        RecusalRole role = RecusalRole.valueOf(m.subjectRole());
        StoredText whom = StoredText.of("text.recusal.person", StoredText.label("text.recusal.", role),
                name(m.subjectUserId()));
        if (grant) {
            if (successorId == null) {
                throw DomainException.invalid("field.required", "successorId");
            }
            String why = "回避：" + m.reason() + (text == null ? "" : "；" + text);
            if (role == RecusalRole.HANDLER) {
                handlers.replace(actor, caseId, m.subjectUserId(), successorId, why);
            } else {
                replacePresider(caseId, m.subjectUserId(), successorId, handlerIds);
            }
        }
        if (motions.decide(motionId, grant, actor.userId(), LocalDateTime.now(clock), text, grant ? successorId : null)
                != 1) {
            throw DomainException.conflict("recusal.noPending", motionId);
        }
        history.record(caseId, row.stage, row.stage, grant ? "RECUSAL_GRANTED" : "RECUSAL_REFUSED", actor.userId(),
                (grant ? StoredText.of("text.recusal.granted", whom, name(successorId))
                        : StoredText.of("text.recusal.refused", whom)).and(text));
        return motions.find(motionId);
    }

    private void replacePresider(long caseId, long fromId, long successorId, List<Long> handlerIds) {
        if (successorId == fromId) {
            throw DomainException.invalid("recusal.sameSuccessor");
        }
        if (!hearing.getObject().scheduledPresider(caseId).map(p -> p == fromId).orElse(false)) {
            throw DomainException.invalid("recusal.notPresider"); // the hearing was held or has another presider
        }
        SeparationOfDuties.require(Duty.PRESIDE_HEARING, successorId, handlerIds);
        UserAccount u = organization.user(successorId);
        if (u == null || !u.enabled() || u.unitId() != cases.findCase(caseId).unitId) {
            throw DomainException.invalid("hearing.presidingNotInUnit");
        }
        hearing.getObject().replacePresider(caseId, successorId);
    }

    private CaseRow open(Actor actor, long caseId) {
        CaseRow row = CaseScope.workable(actor, cases.findCaseForUpdate(caseId), caseId);
        if (row.filedDate == null || row.stage.isTerminal()) {
            throw DomainException.invalid("recusal.notOpen");
        }
        return row;
    }

    private List<Long> handlerIds(long caseId) {
        return cases.findHandlers(caseId).stream().map(h -> h.userId).toList();
    }

    private String name(Long userId) {
        return userId == null ? "" : organization.user(userId).displayName();
    }
}
