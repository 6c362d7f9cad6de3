package cn.zhifa.review;

import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.casefile.ProcedureTasks;
import cn.zhifa.organization.Actor;
import cn.zhifa.tasks.ClaimGuard;
import cn.zhifa.tasks.TaskRef;
import org.springframework.stereotype.Component;

/** Claiming a legal review: the same eligibility as completing it (qualified, not a handler, not recused). */
@Component
class ReviewerClaimGuard implements ClaimGuard {

    private final ReviewerEligibility reviewers;
    private final CaseFileService cases;

    ReviewerClaimGuard(ReviewerEligibility reviewers, CaseFileService cases) {
        this.reviewers = reviewers;
        this.cases = cases;
    }

    @Override
    public void check(Actor actor, TaskRef task) {
        if (ProcedureTasks.LEGAL_REVIEW.equals(task.taskKey())) {
            reviewers.requireEligibleReviewer(actor, task.caseId(), cases.handlerIds(task.caseId()));
        }
    }
}
