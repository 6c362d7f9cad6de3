package cn.zhifa.notification;

import cn.zhifa.shared.StoredText;
import cn.zhifa.calendar.CalendarAdminService;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.Role;
import cn.zhifa.organization.UserAccount;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Warns the administrators, well before a year starts, that its official holiday calendar is not loaded
 * ({@code zhifa.calendar.warn-look-ahead-days}, default 60): at start-up and every morning, once per year and admin
 * while the warning is unread.
 */
@Component
@Order(20)
public class CalendarYearWarning implements ApplicationRunner {

    public static final String CALENDAR_MISSING = "CALENDAR_MISSING";

    private final CalendarAdminService calendar;
    private final OrganizationService organization;
    private final NotificationService notifications;

    public CalendarYearWarning(CalendarAdminService calendar, OrganizationService organization,
            NotificationService notifications) {
        this.calendar = calendar;
        this.organization = organization;
        this.notifications = notifications;
    }

    @Override
    public void run(ApplicationArguments args) {
        warn();
    }

    @Scheduled(cron = "0 0 8 * * *", zone = "Asia/Shanghai")
    public void daily() {
        warn();
    }

    /** Returns how many notifications were raised. */
    @Transactional
    public int warn() {
        List<Integer> missing = calendar.yearsMissingData();
        List<Long> admins = organization.users(null).stream()
                .filter(u -> u.enabled() && u.roles().contains(Role.ADMIN)).map(UserAccount::id).toList();
        int raised = 0;
        for (int year : missing) {
            String subject = "CALENDAR:" + year;
            StoredText text = StoredText.of("calendar.missingYearMessage", String.valueOf(year));
            for (long admin : admins) {
                if (!notifications.hasUnread(admin, CALENDAR_MISSING, subject)) {
                    notifications.notify(List.of(admin), null, CALENDAR_MISSING, subject,
                            LocalDate.of(year, 1, 1), text);
                    raised++;
                }
            }
        }
        return raised;
    }
}
