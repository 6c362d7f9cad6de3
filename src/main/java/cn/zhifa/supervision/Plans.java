package cn.zhifa.supervision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** The records of review plans, scores, reports and objections (API of {@link ReviewPlanService}). */
public final class Plans {

    private Plans() {
    }

    /** A new plan: scope (units, registration period, procedures), method, sample size and seed, targets, deadline. */
    public record NewPlan(String title, PlanMethod method, boolean crossReview, List<Long> unitIds, LocalDate from,
            LocalDate to, List<String> procedures, Integer sampleSize, Long seed, List<Target> targets,
            LocalDate deadline) {
    }

    public record Plan(long id, String title, PlanMethod method, boolean crossReview, List<Long> unitIds,
            LocalDate from, LocalDate to, List<String> procedures, Integer sampleSize, Long seed, int populationSize,
            String populationSha256, List<Target> targets, LocalDate deadline, int rubricVersion, long rubricId,
            String status, long createdBy, LocalDateTime createdAt, List<PlanCase> cases) {
    }

    /** How a case came into the plan: ALL (全面), RANDOM (抽中) or TARGET_&lt;Target&gt;. */
    public record PlanCase(long id, long planId, long caseId, long unitId, String caseNo, String pick, int drawOrder,
            List<Long> reviewerIds, Panel panel) {
    }

    /**
     * The panel result: signed of assigned scores; once all are signed, the mean score, veto (any reviewer's veto
     * fails the file) and the grade.
     */
    public record Panel(int assigned, int signed, BigDecimal score, boolean veto, boolean basicProblem, Grade grade) {
        public boolean complete() {
            return assigned > 0 && signed == assigned;
        }
    }

    /** Re-draw from the stored seed: the stored population re-drawn, and whether today's scope still reads it. */
    public record Redraw(long planId, long seed, List<Long> drawn, List<Long> redrawn, boolean same,
            int populationSize, boolean scopeUnchanged) {
    }

    /** One line of a reviewer's score: a rubric item, the deduction, veto, the pre-audit proposal and the reason. */
    public record Line(String itemCode, BigDecimal deduction, boolean veto, BigDecimal proposed, String reason) {
    }

    /** The reviewer's input: every line (pre-audit proposals answered), and an opinion. */
    public record ScoreInput(List<Line> lines, String opinion) {
    }

    public record Score(long id, long planCaseId, long caseId, long reviewerId, int rubricVersion,
            BigDecimal total, boolean veto, boolean basicProblem, Grade grade, String status, String opinion,
            LocalDateTime signedAt, List<Line> lines) {
    }

    /** 一单位一问题清单: one problem (rubric item) with its cases and how often reviewers deducted it. */
    public record Problem(String itemCode, String titleZh, String titleEn, int times, List<String> caseNos) {
    }

    public record UnitReport(long id, long planId, long unitId, String unitName, LocalDate issuedOn,
            LocalDate objectionDue, String advice, List<PlanCase> cases, List<Problem> problems,
            List<Objection> objections, String planTitle) {
    }

    public record Objection(long id, long reportId, Long planCaseId, String reason, long filedBy, LocalDate filedOn,
            LocalDate recheckDue, String status, String reply, LocalDate repliedOn, boolean repliedLate) {
    }
}
