package cn.zhifa.review;

/** One reason why a case requires review, hearing notice or deliberation: the rule (code) and why it matched. */
public record Requirement(RequirementKind kind, String code, String reason) {
}
