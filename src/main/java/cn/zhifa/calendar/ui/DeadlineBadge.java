package cn.zhifa.calendar.ui;

import cn.zhifa.calendar.DeadlineLight;
import cn.zhifa.shared.ui.Ui;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;

/**
 * A deadline as a coloured badge (green / yellow / red, theme classes {@code zhifa-light-*}): an optional label, the
 * last day and the working days left, plus a "calendar not confirmed" marker when the due date was counted without
 * official holiday data. Used by the inbox, the case workspace and the supervision page.
 */
@org.springframework.modulith.NamedInterface("ui")
public final class DeadlineBadge {

    /** The text of the days-left part: a message key and its arguments. */
    public record DaysLeft(String key, long days) {
    }

    private DeadlineBadge() {
    }

    /** The theme class for a light: {@code zhifa-light-green}, {@code -yellow} or {@code -red}. */
    public static String lightClass(DeadlineLight light) {
        return "zhifa-light-" + light.name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Which text to show for the working days left: overdue (red; with the number of working days when there is
     * one), due today, or N working days left.
     */
    public static DaysLeft daysLeft(DeadlineLight light, long workingDaysLeft) {
        if (light == DeadlineLight.RED) {
            return workingDaysLeft < 0 ? new DaysLeft("ui.deadline.overdueDays", -workingDaysLeft)
                    : new DaysLeft("ui.deadline.overdue", 0);
        }
        if (workingDaysLeft <= 0) {
            return new DaysLeft("ui.deadline.dueToday", 0);
        }
        return new DaysLeft("ui.deadline.daysLeft", workingDaysLeft);
    }

    /** "2026-05-06 · 剩 12 个工作日" (with {@code label} in front when given). */
    public static String text(Component owner, String label, LocalDate due, DeadlineLight light, long workingDaysLeft) {
        DaysLeft d = daysLeft(light, workingDaysLeft);
        String days = owner.getTranslation(d.key(), d.days());
        return (label == null ? "" : label + " ") + Ui.date(due) + " · " + days;
    }

    /** The badge, with the "日历未确认" marker inside when {@code confirmed} is false. */
    public static Span badge(Component owner, String label, LocalDate due, DeadlineLight light, long workingDaysLeft,
            boolean confirmed) {
        Span badge = new Span(text(owner, label, due, light, workingDaysLeft));
        badge.addClassNames("zhifa-light", lightClass(light));
        badge.getElement().setAttribute("data-light", light.name());
        if (!confirmed) {
            badge.add(unconfirmed(owner));
        }
        return badge;
    }

    /** The marker for a due date in a year without official calendar data. */
    public static Span unconfirmed(Component owner) {
        Span mark = new Span(owner.getTranslation("ui.deadline.unconfirmed"));
        mark.addClassName("zhifa-unconfirmed");
        mark.getElement().setAttribute("title", owner.getTranslation("calendar.due.unconfirmed"));
        return mark;
    }
}
