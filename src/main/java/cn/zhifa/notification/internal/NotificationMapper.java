package cn.zhifa.notification.internal;

import cn.zhifa.notification.Notification;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface NotificationMapper {
    void insert(@Param("userId") long userId, @Param("caseId") Long caseId, @Param("kind") String kind,
            @Param("subject") String subject, @Param("due") LocalDate due, @Param("message") String message,
            @Param("at") LocalDateTime at);

    List<Notification> forUser(@Param("userId") long userId, @Param("unreadOnly") boolean unreadOnly,
            @Param("limit") int limit);

    List<Notification> forCase(long caseId);

    int unreadCount(long userId);

    int countUnread(@Param("userId") long userId, @Param("kind") String kind, @Param("subject") String subject);

    int markRead(@Param("id") long id, @Param("userId") long userId, @Param("at") LocalDateTime at);
}
