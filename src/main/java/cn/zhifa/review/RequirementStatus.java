package cn.zhifa.review;

import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.CaseStage;
import cn.zhifa.review.ReviewViews.Overview;
import cn.zhifa.review.ReviewViews.Round;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One line of "审核与告知" per requirement — legal review, hearing, deliberation — with whether it applies, why, and
 * where the case stands on it, read from the same facts the case page shows beside it (the notice as served, the
 * hearing, the review rounds, the deliberation resolution), so the page never says "不需要" beside "已告知听证权利".
 * Before the case review approves the proposal nothing is evaluated yet, and the line says so.
 *
 * @param evaluated false before the requirements were first evaluated (the proposal is not approved yet)
 * @param stateKey  message key of where the case stands (with {@code stateArgs}), or null when nothing happened yet
 */
public record RequirementStatus(RequirementKind kind, boolean evaluated, boolean required, List<String> reasons,
        String stateKey, List<Object> stateArgs) {

    /** Stages at which the case review has not yet approved a proposal (no evaluation stored yet). */
    private static final Set<CaseStage> BEFORE_EVALUATION = EnumSet.of(CaseStage.VERIFICATION,
            CaseStage.FILING_APPROVAL, CaseStage.NOT_FILED, CaseStage.INVESTIGATION, CaseStage.INVESTIGATION_REPORT,
            CaseStage.CASE_REVIEW);

    public RequirementStatus {
        reasons = List.copyOf(reasons);
        stateArgs = List.copyOf(stateArgs);
    }

    public static List<RequirementStatus> of(Overview o, CaseFile c) {
        boolean evaluated = !o.requirements().isEmpty() || !BEFORE_EVALUATION.contains(c.stage());
        List<RequirementStatus> out = new ArrayList<>(RequirementKind.values().length);
        for (RequirementKind k : RequirementKind.values()) {
            List<String> reasons = o.requirements().stream().filter(r -> r.kind() == k).map(Requirement::reason)
                    .toList();
            boolean required = !reasons.isEmpty();
            String[] state = switch (k) {
                case REVIEW -> review(o.rounds(), required);
                case HEARING -> hearing(o, c, required);
                case DELIBERATION -> deliberation(c, required || c.deliberationRequired());
            };
            List<Object> args = new ArrayList<>();
            for (int i = 1; state != null && i < state.length; i++) {
                args.add(state[i]);
            }
            out.add(new RequirementStatus(k, evaluated, required, reasons, state == null ? null : state[0], args));
        }
        return out;
    }

    private static String[] review(List<Round> rounds, boolean required) {
        if (!rounds.isEmpty()) {
            Round last = rounds.get(rounds.size() - 1);
            return new String[] {"review.state.round." + last.outcome().name(), String.valueOf(last.roundNo())};
        }
        return required ? new String[] {"review.state.awaitingReview"} : null;
    }

    private static String[] hearing(Overview o, CaseFile c, boolean required) {
        if (o.hearing() != null) {
            return new String[] {"review.hearing.status." + o.hearing().status()};
        }
        if (o.notice() != null && o.notice().hearingEligible()) {
            return new String[] {c.statementWaived() != null ? "review.state.hearingNotRequested"
                    : "review.state.hearingRightNotified"};
        }
        return required && o.notice() == null ? new String[] {"review.state.noticePending"} : null;
    }

    private static String[] deliberation(CaseFile c, boolean required) {
        if (c.deliberationResolution() != null) {
            return new String[] {"review.state.deliberated"};
        }
        return required ? new String[] {"review.state.awaitingDeliberation"} : null;
    }
}
