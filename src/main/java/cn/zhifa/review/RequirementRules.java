package cn.zhifa.review;

import cn.zhifa.casefile.OutcomeType;
import cn.zhifa.casefile.PartyKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whether a case requires legal review, hearing notice and collective deliberation, and why: a pure function of the
 * case facts, the catalogue and the settings. Amount thresholds apply per party kind; with parties of both kinds the
 * case matches when the amount reaches the threshold of any of them (the stricter reading).
 */
public final class RequirementRules {
    private RequirementRules() {
    }

    public static List<Requirement> evaluate(CaseFacts f, List<CatalogueRule> catalogue, ReviewSettings s) {
        List<Requirement> out = new ArrayList<>();
        List<Requirement> hearing = hearing(f, s);
        out.addAll(review(f, catalogue));
        out.addAll(hearing);
        out.addAll(deliberation(f, s, !hearing.isEmpty()));
        return out;
    }

    /** 法制审核: every active catalogue rule that matches, plus Art. 58(2) after any hearing (not switchable). */
    public static List<Requirement> review(CaseFacts f, List<CatalogueRule> catalogue) {
        List<Requirement> out = new ArrayList<>();
        boolean hearingRuleListed = false;
        for (CatalogueRule r : catalogue) {
            if (r.type() == RuleType.HEARING_HELD) {
                hearingRuleListed = true;
            }
            if (!r.active() && r.type() != RuleType.HEARING_HELD) {
                continue;
            }
            String why = switch (r.type()) {
                case FINE_AMOUNT -> amount(f.proposedOutcome() == OutcomeType.FINE ? f.fine() : null, f.partyKinds(),
                        r.thresholdPerson(), r.thresholdOrg(), "拟罚款");
                case CONFISCATION_AMOUNT -> amount(f.confiscation(), f.partyKinds(), r.thresholdPerson(),
                        r.thresholdOrg(), "拟没收");
                case REVOCATION -> f.proposedOutcome() == OutcomeType.REVOCATION ? "拟吊销许可证件" : null;
                case SUSPENSION -> f.proposedOutcome() == OutcomeType.SUSPENSION ? "拟责令停产停业/关闭" : null;
                case HEARING_HELD -> f.hearingHeld() ? "案件经过听证程序" : null;
                case MARKED_MAJOR -> f.markedMajor() ? nvl(f.majorReason()) : null;
                case LISTED_ITEM -> r.itemId() != null && r.itemId().equals(f.itemId()) ? "违法事项列入目录清单" : null;
            };
            if (why != null) {
                out.add(new Requirement(RequirementKind.REVIEW, r.type().name(), r.label() + "：" + why
                        + (r.legalBasis() == null ? "" : "（" + r.legalBasis() + "）")));
            }
        }
        if (!hearingRuleListed && f.hearingHeld()) {
            out.add(new Requirement(RequirementKind.REVIEW, RuleType.HEARING_HELD.name(),
                    "经过听证程序：行政处罚法第58条第1款第(二)项"));
        }
        return out;
    }

    /** 听证告知: fines and confiscations from the thresholds per party kind, and the configured penalty types. */
    public static List<Requirement> hearing(CaseFacts f, ReviewSettings s) {
        List<Requirement> out = new ArrayList<>();
        if (f.proposedOutcome() == null) {
            return out;
        }
        String fine = amount(f.proposedOutcome() == OutcomeType.FINE ? f.fine() : null, f.partyKinds(),
                s.hearingFinePerson(), s.hearingFineOrg(), "较大数额罚款：拟罚款");
        if (fine != null) {
            out.add(new Requirement(RequirementKind.HEARING, "LARGE_FINE", fine + "（行政处罚法第63条第1款第(一)项）"));
        }
        String conf = amount(f.confiscation(), f.partyKinds(), s.hearingConfiscationPerson(),
                s.hearingConfiscationOrg(), "没收较大数额违法所得/非法财物：拟没收");
        if (conf != null) {
            out.add(new Requirement(RequirementKind.HEARING, "LARGE_CONFISCATION",
                    conf + "（行政处罚法第63条第1款第(二)项）"));
        }
        if (s.hearingTypes().contains(f.proposedOutcome())) {
            out.add(new Requirement(RequirementKind.HEARING, "PENALTY_TYPE_" + f.proposedOutcome().name(),
                    (f.proposedOutcome() == OutcomeType.REVOCATION ? "拟吊销许可证件" : "拟责令停产停业/关闭")
                            + "（行政处罚法第63条第1款第(三)(四)项）"));
        }
        return out;
    }

    /** 集体讨论: the configured triggers that apply. */
    public static List<Requirement> deliberation(CaseFacts f, ReviewSettings s, boolean inHearingRange) {
        Set<DeliberationTrigger> on = s.triggers();
        List<Requirement> out = new ArrayList<>();
        if (on.contains(DeliberationTrigger.HEARING_RANGE) && inHearingRange) {
            out.add(deliberation(DeliberationTrigger.HEARING_RANGE, "拟处罚属于听证范围"));
        }
        if (on.contains(DeliberationTrigger.REVIEW_DISAGREEMENT) && f.reviewDisagreement()) {
            out.add(deliberation(DeliberationTrigger.REVIEW_DISAGREEMENT, "法制审核意见与承办人处理意见存在分歧"));
        }
        if (on.contains(DeliberationTrigger.BENCHMARK_DEPARTURE) && f.benchmarkDeparture()) {
            out.add(deliberation(DeliberationTrigger.BENCHMARK_DEPARTURE,
                    "偏离裁量基准：" + nvl(f.benchmarkDepartureReason())));
        }
        if (on.contains(DeliberationTrigger.SECOND_EXTENSION) && f.secondExtension()) {
            out.add(deliberation(DeliberationTrigger.SECOND_EXTENSION, "办案期限经负责人集体讨论决议再次延长"));
        }
        if (on.contains(DeliberationTrigger.HEAD_REFERRAL) && f.deliberationReferred()) {
            out.add(deliberation(DeliberationTrigger.HEAD_REFERRAL, "负责人或承办人提请集体讨论"));
        }
        return out;
    }

    private static Requirement deliberation(DeliberationTrigger t, String why) {
        return new Requirement(RequirementKind.DELIBERATION, t.name(), why);
    }

    private static String amount(BigDecimal amount, Set<PartyKind> kinds, BigDecimal person, BigDecimal org,
            String what) {
        if (amount == null || amount.signum() <= 0) {
            return null;
        }
        boolean hasOrg = kinds.contains(PartyKind.ORGANIZATION);
        boolean hasPerson = kinds.contains(PartyKind.NATURAL_PERSON) || kinds.isEmpty();
        if (hasPerson && person != null && amount.compareTo(person) >= 0) {
            return what + " " + amount.toPlainString() + " 元 ≥ 个人标准 " + person.toPlainString() + " 元";
        }
        if (hasOrg && org != null && amount.compareTo(org) >= 0) {
            return what + " " + amount.toPlainString() + " 元 ≥ 单位标准 " + org.toPlainString() + " 元";
        }
        return null;
    }

    private static String nvl(String s) {
        return s == null ? "" : s;
    }
}
