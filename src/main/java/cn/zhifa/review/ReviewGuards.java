package cn.zhifa.review;

import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.organization.Actor;
import cn.zhifa.shared.DomainException;

/** The review module's shared input checks: a case the actor's unit may still work on, a required bounded text. */
final class ReviewGuards {

    private ReviewGuards() {
    }

    static CaseFile workable(CaseFileService cases, Actor actor, long caseId) {
        CaseFile c = cases.get(actor, caseId);
        if (c.unitId() != actor.unitId()) {
            throw DomainException.notFound("case.notFound", caseId);
        }
        if (c.stage().isTerminal()) {
            throw DomainException.invalid("case.readOnly", c.caseNo());
        }
        return c;
    }
}
