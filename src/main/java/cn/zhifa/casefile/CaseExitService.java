package cn.zhifa.casefile;

import cn.zhifa.shared.StoredText;
import cn.zhifa.casefile.internal.CaseFileMapper;
import cn.zhifa.casefile.internal.CaseMotionMapper;
import cn.zhifa.casefile.internal.CaseRow;
import cn.zhifa.casefile.process.OrdinaryProcedureEngine;
import cn.zhifa.organization.Action;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.RequiresPermission;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Limits;
import cn.zhifa.shared.Messages;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 撤销立案 / 终止调查 (decision record 0025): a handler proposes ending a filed, undecided case on a ground of
 * {@link CaseExitGround} with reasons; a head who is not a handler approves or refuses (with reasons). Approved, the
 * case's process ends (its open tasks leave the inbox), the case becomes {@link CaseStage#TERMINATED} and read-only
 * and its deadlines close. The decision period does not matter: a case may end after it ran out. Every act is a
 * record entry; a refusal changes nothing.
 */
@Service
public class CaseExitService {

    private final CaseFileMapper cases;
    private final CaseMotionMapper motions;
    private final OrdinaryProcedureEngine engine;
    private final CaseHistory history;
    private final CaseClockService caseClock;
    private final Clock clock;
    private final Messages messages;

    CaseExitService(CaseFileMapper cases, CaseMotionMapper motions, OrdinaryProcedureEngine engine,
            CaseHistory history, CaseClockService caseClock, Clock clock, Messages messages) {
        this.cases = cases;
        this.motions = motions;
        this.engine = engine;
        this.history = history;
        this.caseClock = caseClock;
        this.clock = clock;
        this.messages = messages;
    }

    /** The case's requests (exits, late decisions, recusals), oldest first. */
    @Transactional(readOnly = true)
    public List<CaseMotion> motions(Actor actor, long caseId) {
        CaseScope.readable(actor, cases.findCase(caseId), caseId);
        return motions.ofCase(caseId);
    }

    /** A handler proposes 撤销立案 / 终止调查 on {@code ground}, with reasons. */
    @RequiresPermission(Action.CASE_EXIT_PROPOSE)
    @Transactional
    public CaseMotion propose(Actor actor, long caseId, CaseExitGround ground, String reason) {
        CaseRow row = open(actor, caseId);
        if (!handlerIds(caseId).contains(actor.userId())) {
            throw DomainException.forbidden("exit.handlersOnly");
        }
        if (ground == null) {
            throw DomainException.invalid("field.required", "ground");
        }
        String why = Limits.requiredText(reason, "reason", Limits.TEXT);
        if (pending(caseId) != null) {
            throw DomainException.invalid("exit.alreadyPending");
        }
        long id = motions.insert(caseId, CaseMotionKind.EXIT, ground.name(), null, null, null, why, actor.userId(),
                now(), null);
        history.record(caseId, row.stage, row.stage, "EXIT_PROPOSED", actor.userId(),
                StoredText.of("text.exit.proposed", kind(ground), StoredText.label("exit.ground." + ground.name()),
                        why));
        return motions.find(id);
    }

    /**
     * A head who is not a handler approves (the case ends) or refuses (reasons required) the pending proposal.
     */
    @RequiresPermission(Action.CASE_EXIT_APPROVE)
    @Transactional
    public CaseMotion decide(Actor actor, long caseId, long motionId, boolean approve, String opinion) {
        CaseRow row = open(actor, caseId);
        if (!actor.isHead()) {
            throw DomainException.forbidden("auth.headOnly");
        }
        SeparationOfDuties.require(Duty.APPROVE_EXIT, actor.userId(), handlerIds(caseId));
        CaseMotion m = motions.find(motionId);
        if (m == null || m.caseId() != caseId || m.kind() != CaseMotionKind.EXIT || !m.pending()) {
            throw DomainException.notFound("exit.noPending", motionId);
        }
        String text = approve ? ExecutionService.blankToNull(opinion)
                : Limits.requiredText(opinion, "opinion", Limits.TEXT);
        if (motions.decide(motionId, approve, actor.userId(), now(), text, null) != 1) {
            throw DomainException.conflict("exit.noPending", motionId);
        }
        String what = label(CaseExitGround.valueOf(m.ground()));
        if (!approve) {
            history.record(caseId, row.stage, row.stage, "EXIT_REFUSED", actor.userId(),
                    StoredText.of("text.exit.refused", kind(CaseExitGround.valueOf(m.ground())), text));
            return motions.find(motionId);
        }
        CaseStage from = row.stage;
        String summary = what + "（" + groundText(m.ground()) + "）：" + m.reason() + (text == null ? "" : "；负责人意见：" + text);
        if (row.processInstanceId != null) {
            engine.end(row.processInstanceId, summary);
        }
        row.stage = CaseStage.TERMINATED;
        row.closedDate = LocalDate.now(clock);
        if (cases.updateChanged(row, Set.of("stage", "closedDate")) != 1) {
            throw DomainException.conflict("case.concurrentChange");
        }
        StoredText exited = StoredText.of("text.exit.done", kind(CaseExitGround.valueOf(m.ground())),
                StoredText.label("exit.ground." + m.ground()), m.reason());
        history.record(caseId, from, CaseStage.TERMINATED, "CASE_EXITED", actor.userId(),
                text == null ? exited : StoredText.of("text.exit.headOpinion", exited, text));
        caseClock.refresh(caseId);
        return motions.find(motionId);
    }

    /** The pending exit proposal of the case, or null. */
    CaseMotion pending(long caseId) {
        return motions.ofCase(caseId).stream().filter(m -> m.kind() == CaseMotionKind.EXIT && m.pending())
                .findFirst().orElse(null);
    }

    /** The ground as the record entry states it, in Chinese ("违法事实不存在"), never the constant's name. */
    private String groundText(String ground) {
        return messages.get("exit.ground." + ground, Messages.ZH_CN);
    }

    /** 终止调查 when the party has ceased to exist; 撤销立案 when a filing condition turned out not to hold. */
    /** The kind of exit (终止调查 / 撤销立案) as a label of the bundles (decision 0033). */
    private static StoredText kind(CaseExitGround ground) {
        return StoredText.label(ground == CaseExitGround.PARTY_ENDED ? "text.exit.ended" : "text.exit.revoked");
    }

    static String label(CaseExitGround ground) {
        return ground == CaseExitGround.PARTY_ENDED ? "终止调查" : "撤销立案";
    }

    private CaseRow open(Actor actor, long caseId) {
        CaseRow row = CaseScope.workable(actor, cases.findCaseForUpdate(caseId), caseId);
        if (row.filedDate == null || row.decidedDate != null || row.stage.isTerminal()) {
            throw DomainException.invalid("exit.notOpen");
        }
        return row;
    }

    private List<Long> handlerIds(long caseId) {
        return cases.findHandlers(caseId).stream().map(h -> h.userId).toList();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
