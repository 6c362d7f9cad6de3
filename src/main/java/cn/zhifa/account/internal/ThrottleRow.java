package cn.zhifa.account.internal;

import java.time.LocalDateTime;

/** A row of {@code login_throttle}. */
public class ThrottleRow {
    public String kind;
    public String subject;
    public int failures;
    public LocalDateTime windowStart;
    public LocalDateTime lockedUntil;
}
