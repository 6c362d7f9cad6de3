package cn.zhifa.account;

import java.time.LocalDateTime;

/** One entry of the login log (登录日志): who (as entered), from where, how, what happened, and who unlocked. */
public record LoginEvent(long id, LocalDateTime at, String username, Long userId, String address,
        LoginGuard.Channel channel, LoginGuard.Outcome outcome, String detail, Long actorId) {
}
