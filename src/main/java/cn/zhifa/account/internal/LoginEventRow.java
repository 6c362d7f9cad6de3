package cn.zhifa.account.internal;

import java.time.LocalDateTime;

/** A row of {@code login_event}. */
public class LoginEventRow {
    public Long id;
    public LocalDateTime occurredAt;
    public String username;
    public Long userId;
    public String address;
    public String channel;
    public String outcome;
    public String detail;
    public Long actorId;
}
