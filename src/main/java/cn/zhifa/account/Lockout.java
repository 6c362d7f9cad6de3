package cn.zhifa.account;

import java.time.LocalDateTime;

/** A current lockout: an account name or a client address refused until {@code until}. */
public record Lockout(LoginGuard.Scope scope, String subject, int failures, LocalDateTime until) {
}
