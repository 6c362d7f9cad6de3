package cn.zhifa.notification;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One notification for one user. {@code message} as stored: a {@link cn.zhifa.shared.StoredText} (key and arguments)
 * or, for notifications raised before decision 0033, a zh-CN text; {@code text} is it rendered in the reader's
 * language.
 */
public record Notification(long id, long userId, Long caseId, String kind, String subject, LocalDate dueDate,
        String message, String text, LocalDateTime createdAt, LocalDateTime readAt) {

    /** As read from the table: not yet rendered. */
    public Notification(long id, long userId, Long caseId, String kind, String subject, LocalDate dueDate,
            String message, LocalDateTime createdAt, LocalDateTime readAt) {
        this(id, userId, caseId, kind, subject, dueDate, message, message, createdAt, readAt);
    }

    Notification rendered(String rendered) {
        return new Notification(id, userId, caseId, kind, subject, dueDate, message, rendered, createdAt, readAt);
    }
}
