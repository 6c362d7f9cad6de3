package cn.zhifa.notification;

import cn.zhifa.organization.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST: my notifications. */
@RestController
@RequestMapping("/api/notifications")
@Tag(name = "notifications", description = "提醒 — deadline warnings and alerts")
class NotificationApi {

    private final NotificationService notifications;

    NotificationApi(NotificationService notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    @Operation(summary = "My notifications, newest first")
    List<Notification> mine(@RequestParam(defaultValue = "false") boolean unreadOnly,
            @RequestParam(defaultValue = "50") int limit) {
        return notifications.mine(CurrentActor.get(), unreadOnly, limit);
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Mark one of my notifications read")
    void read(@PathVariable long id) {
        notifications.markRead(CurrentActor.get(), id);
    }
}
