package cn.zhifa.notification;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One notification for one user. {@code message} is already rendered (zh-CN) when it was raised. */
public record Notification(long id, long userId, Long caseId, String kind, String subject, LocalDate dueDate,
        String message, LocalDateTime createdAt, LocalDateTime readAt) {
}
