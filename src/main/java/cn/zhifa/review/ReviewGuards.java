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
    static String required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid("field.required", field);
        }
        if (value.length() > max) {
            throw DomainException.invalid("field.tooLong", field, max);
        }
        return value.trim();
    }
}
