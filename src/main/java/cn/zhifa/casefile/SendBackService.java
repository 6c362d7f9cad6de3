package cn.zhifa.casefile;

import cn.zhifa.shared.StoredText;
import cn.zhifa.casefile.internal.CaseFileMapper;
import cn.zhifa.casefile.internal.CaseRow;
import cn.zhifa.casefile.process.OrdinaryProcedureEngine;
import cn.zhifa.organization.Action;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.RequiresPermission;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Limits;
import cn.zhifa.shared.Messages;
import cn.zhifa.tasks.InboxService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 退回 to an earlier step ({@link BackSteps}): by whoever may complete the open step (the same lock, scope, claim and
 * separation-of-duty checks as completing it), with a reason; the open task is cancelled and the earlier one opened
 * in the engine, the case's stage follows, a legal review passed before is reopened when the proposal is made again,
 * and the record states from where to where and why.
 */
@Service
public class SendBackService {

    private final CaseFileMapper mapper;
    private final InboxService inbox;
    private final OrdinaryProcedureEngine engine;
    private final CaseClockService caseClock;
    private final CaseHistory history;
    private final StepCatalogue catalogue;
    private final Messages messages;
    private final StepGuards guards;

    SendBackService(CaseFileMapper mapper, InboxService inbox, OrdinaryProcedureEngine engine,
            CaseClockService caseClock, CaseHistory history, StepCatalogue catalogue, Messages messages,
            StepGuards guards) {
        this.guards = guards;
        BackSteps.verify();
        this.mapper = mapper;
        this.inbox = inbox;
        this.engine = engine;
        this.caseClock = caseClock;
        this.history = history;
        this.catalogue = catalogue;
        this.messages = messages;
    }

    /** The steps the open task may send its case back to (empty: none). */
    @Transactional(readOnly = true)
    public List<String> targets(String taskId) {
        return BackSteps.targets(inbox.ref(taskId).taskKey());
    }

    @Transactional
    @RequiresPermission(Action.TASK_COMPLETE)
    public CaseFile sendBack(Actor actor, String taskId, String targetTaskKey, String reason) {
        String why = Limits.requiredText(reason, "reason", Limits.TEXT);
        CaseRow row = CaseWorkflowService.lockOpenStep(mapper, actor, taskId);
        String from = row.lockedTaskKey;
        if (targetTaskKey == null || !BackSteps.allows(from, targetTaskKey)) {
            throw DomainException.invalid("task.sendBack.notAllowed", label(from),
                    targetTaskKey == null ? "—" : label(targetTaskKey));
        }
        inbox.lockForCompletion(actor, taskId, row.actorHandlerCount > 0);
        CaseFile before = CaseFileService.toCase(row);
        guards.check(actor, before, from, null); // e.g. no step moves while a transfer for suspected crime is open
        CaseChanges changes = new CaseChanges(row);
        if (BackSteps.reopensProposal(targetTaskKey) && changes.legalReviewPassed()) {
            changes.legalReviewPassed(false);
        }
        changes.stage(catalogue.stageOf(targetTaskKey));
        engine.moveBack(row.processInstanceId, taskId, from, targetTaskKey);
        if (!changes.changed().isEmpty() && mapper.updateChanged(row, changes.changed()) != 1) {
            throw DomainException.conflict("case.concurrentChange");
        }
        CaseRow after = mapper.findCase(row.id);
        Map<String, Object> details = new LinkedHashMap<>(CaseDiff.step(taskId, from, before,
                CaseFileService.toCase(after)));
        details.put("to", targetTaskKey);
        StoredText comment = StoredText.of("text.sentBack", StoredText.label("ui.task." + from),
                StoredText.label("ui.task." + targetTaskKey), why);
        history.append(row.id, List.of(history.entry(before.stage(), after.stage, "STEP_SENT_BACK", actor.userId(),
                comment, details)));
        caseClock.refresh(after, inbox.openRefsOfCase(row.id), null);
        return CaseFileService.toCase(after);
    }

    /** A step's name as a refusal names it. */
    private String label(String taskKey) {
        return messages.get("ui.task." + taskKey, Messages.ZH_CN);
    }
}
