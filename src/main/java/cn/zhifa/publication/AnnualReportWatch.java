package cn.zhifa.publication;

import cn.zhifa.shared.StoredText;
import cn.zhifa.calendar.DeadlineLight;
import cn.zhifa.calendar.DeadlineLights;
import cn.zhifa.notification.NotificationService;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.UserAccount;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual statistics are due by 31 January (国办发〔2018〕118号 §二(六)). Every morning in January and February:
 * in January, units without a draft for last year get one from their case data; every unpublished report in the
 * warning window (the same N working days as every deadline light) warns the unit's heads, and an overdue one
 * alerts them — once while the notification is unread.
 */
@Component
public class AnnualReportWatch {

    public static final String REPORT_WARNING = "ANNUAL_REPORT_WARNING";
    public static final String REPORT_OVERDUE = "ANNUAL_REPORT_OVERDUE";

    private final AnnualReportService reports;
    private final OrganizationService organization;
    private final NotificationService notifications;
    private final DeadlineLights lights;
    private final Clock clock;

    public AnnualReportWatch(AnnualReportService reports, OrganizationService organization,
            NotificationService notifications, DeadlineLights lights, Clock clock) {
        this.reports = reports;
        this.organization = organization;
        this.notifications = notifications;
        this.lights = lights;
        this.clock = clock;
    }

    @Scheduled(cron = "${zhifa.annual-report.watch-cron:0 20 8 * * *}", zone = "Asia/Shanghai")
    public void daily() {
        check();
    }

    /** What one morning's check did. */
    public record Result(int drafted, int warned) {
    }

    @Transactional
    public Result check() {
        LocalDate today = LocalDate.now(clock);
        if (today.getMonthValue() > 2) {
            return new Result(0, 0);
        }
        int year = today.getYear() - 1;
        int drafted = today.getMonthValue() == 1 ? reports.draftMissing(year) : 0;
        int warned = 0;
        for (AnnualReport r : reports.unpublished(year)) {
            DeadlineLight light = lights.light(r.dueDate(), today);
            if (light == DeadlineLight.GREEN) {
                continue;
            }
            boolean overdue = light == DeadlineLight.RED;
            String kind = overdue ? REPORT_OVERDUE : REPORT_WARNING;
            String subject = "ANNUAL_REPORT:" + year + ":" + r.unitId();
            StoredText text = StoredText.of(overdue ? "publication.report.overdue" : "publication.report.warning",
                    String.valueOf(year), r.dueDate(), StoredText.label("publication.report.status." + r.status()));
            List<Long> heads = organization.heads(r.unitId()).stream().map(UserAccount::id)
                    .filter(id -> !notifications.hasUnread(id, kind, subject)).toList();
            if (!heads.isEmpty()) {
                notifications.notify(heads, null, kind, subject, r.dueDate(), text);
                warned += heads.size();
            }
        }
        return new Result(drafted, warned);
    }
}
