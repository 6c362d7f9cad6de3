package cn.zhifa.casefile;

import static cn.zhifa.casefile.CaseMaterialService.add;
import static cn.zhifa.casefile.CaseMaterialService.section;

import cn.zhifa.casefile.CaseMaterialService.Texts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The material's sections of the proposal (with the discretion), of the notice and statement, and of the decision. */
final class CaseMaterialProposal {

    private CaseMaterialProposal() {
    }

    static CaseMaterial.Section proposal(Texts t, CaseFile c) {
        if (c.proposedOutcome() == null) {
            return null;
        }
        List<CaseMaterial.Line> lines = new ArrayList<>();
        add(lines, t.label("proposedOutcome"), outcome(t, c.proposedOutcome(), c.proposedFine(),
                c.proposedConfiscation()));
        add(lines, t.label("correctionOrder"), c.correctionOrder());
        add(lines, t.label("discretionReason"), c.discretionReason());
        if (c.benchmarkTier() != null) {
            add(lines, t.label("benchmarkTier"), t.get("material.tier", t.get("ui.benchmark.tier." + c.benchmarkTier()),
                    String.valueOf(c.benchmarkVersion())));
        }
        if (c.benchmarkDeparture()) {
            add(lines, t.label("benchmarkDeparture"), c.benchmarkDepartureReason());
        }
        if (c.major()) {
            add(lines, t.label("major"), c.majorReason());
        }
        return section(t, "proposal", lines);
    }

    static CaseMaterial.Section heard(Texts t, CaseFile c, String served) {
        List<CaseMaterial.Line> lines = new ArrayList<>();
        if (c.noticeServedDate() != null) {
            add(lines, t.label("noticeServed"), c.noticeServedDate()
                    + (c.noticeMethod() == null ? "" : " · " + t.get("ui.method." + c.noticeMethod().name()))
                    + (c.notifiedFine() == null ? "" : " · " + t.get("material.notifiedFine",
                    t.yuan(c.notifiedFine()))));
            add(lines, t.label("noticeNote"), served);
        }
        if (Boolean.TRUE.equals(c.statementWaived())) {
            add(lines, t.label("statement"), t.get("material.statementWaived"));
        }
        add(lines, t.label("statement"), c.statementSummary());
        add(lines, t.label("statementReview"), c.reviewOpinion());
        return lines.isEmpty() ? null : section(t, "heard", lines);
    }

    static CaseMaterial.Section decision(Texts t, CaseFile c) {
        if (c.decidedOutcome() == null) {
            return null;
        }
        List<CaseMaterial.Line> lines = new ArrayList<>();
        add(lines, t.label("decided"), outcome(t, c.decidedOutcome(), c.decidedFine(), c.decidedConfiscation())
                + (c.decidedDate() == null ? "" : " · " + c.decidedDate()));
        add(lines, t.label("served"), c.servedDate() == null ? null : c.servedDate().toString());
        add(lines, t.label("paid"), c.paidAmount() == null ? null
                : t.yuan(c.paidAmount()) + (c.paidDate() == null ? "" : " · " + c.paidDate()));
        add(lines, t.label("execution"), c.executionNote());
        return section(t, "decision", lines);
    }

    private static String outcome(Texts t, OutcomeType type, BigDecimal fine, BigDecimal confiscation) {
        StringBuilder b = new StringBuilder(t.get("ui.outcome." + type.name()));
        if (fine != null) {
            b.append(' ').append(t.yuan(fine));
        }
        if (confiscation != null) {
            b.append(" · ").append(t.get("material.confiscation", t.yuan(confiscation)));
        }
        return b.toString();
    }
}
