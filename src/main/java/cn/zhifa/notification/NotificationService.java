package cn.zhifa.notification;

import cn.zhifa.organization.Action;
import cn.zhifa.organization.RequiresPermission;
import cn.zhifa.notification.internal.NotificationMapper;
import cn.zhifa.organization.Actor;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Messages;
import cn.zhifa.shared.StoredText;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Raises notifications for users and lets each user read and dismiss their own. */
@Service
public class NotificationService {

    public static final String DEADLINE_WARNING = "DEADLINE_WARNING";
    public static final String DEADLINE_OVERDUE = "DEADLINE_OVERDUE";
    public static final String PRESERVATION_LAPSED = "PRESERVATION_LAPSED";

    private final NotificationMapper mapper;
    private final Clock clock;
    private final Messages messages;

    public NotificationService(NotificationMapper mapper, Clock clock, Messages messages) {
        this.mapper = mapper;
        this.clock = clock;
        this.messages = messages;
    }

    /**
     * Raises a notification whose text is a key with arguments, rendered in each reader's language (decision 0033).
     * A stored form longer than the column (500) is kept as its zh-CN rendering, cut to fit.
     */
    @Transactional
    public void notify(Collection<Long> userIds, Long caseId, String kind, String subject, LocalDate due,
            StoredText text) {
        String stored = text.stored();
        notify(userIds, caseId, kind, subject, due,
                stored.length() <= MESSAGE_MAX ? stored : messages.render(stored, Messages.ZH_CN));
    }

    private static final int MESSAGE_MAX = 500;

    @Transactional
    public void notify(Collection<Long> userIds, Long caseId, String kind, String subject, LocalDate due,
            String message) {
        LocalDateTime now = LocalDateTime.now(clock);
        for (Long user : new LinkedHashSet<>(userIds)) {
            mapper.insert(user, caseId, kind, subject, due,
                    message.length() > MESSAGE_MAX ? message.substring(0, MESSAGE_MAX) : message, now);
        }
    }

    @Transactional(readOnly = true)
    public List<Notification> mine(Actor actor, boolean unreadOnly, int limit) {
        return rendered(mapper.forUser(actor.userId(), unreadOnly, limit <= 0 || limit > 200 ? 50 : limit));
    }

    /** Whether the user has an unread notification of this kind and subject (to raise a warning only once). */
    @Transactional(readOnly = true)
    public boolean hasUnread(long userId, String kind, String subject) {
        return mapper.countUnread(userId, kind, subject) > 0;
    }

    @Transactional(readOnly = true)
    public int unreadCount(Actor actor) {
        return mapper.unreadCount(actor.userId());
    }

    @Transactional(readOnly = true)
    public List<Notification> ofCase(long caseId) {
        return rendered(mapper.forCase(caseId));
    }

    /** The notifications with their text in the current request's language (zh-CN outside a request). */
    private List<Notification> rendered(List<Notification> rows) {
        return rows.stream().map(n -> n.rendered(messages.render(n.message()))).toList();
    }

    @RequiresPermission(Action.NOTIFICATION_READ)
    @Transactional
    public void markRead(Actor actor, long notificationId) {
        if (mapper.markRead(notificationId, actor.userId(), LocalDateTime.now(clock)) == 0) {
            throw DomainException.notFound("notification.notFound", notificationId);
        }
    }
}
