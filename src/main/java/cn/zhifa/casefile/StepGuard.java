package cn.zhifa.casefile;

import cn.zhifa.organization.Actor;

/**
 * A check another feature adds to the steps of a case (e.g. the audio-video gate of the evidence vault). Called by
 * {@link CaseWorkflowService#complete} inside the step's transaction, after the task and payload are known to match
 * and before anything is written; a guard refuses by throwing a {@link cn.zhifa.shared.DomainException}. Features
 * with acts outside user tasks (e.g. 查封扣押 in the preservation service) call the guards themselves through
 * {@link StepGuards}.
 */
public interface StepGuard {

    /**
     * @param taskKey the BPMN element id of the step (see {@code OrdinaryProcedure}), or an act name for acts that
     *                are not user tasks
     */
    void check(Actor actor, CaseFile caseFile, String taskKey, Object payload);
}
