package cn.zhifa.calendar.ui;

import cn.zhifa.calendar.CalendarDay;
import cn.zhifa.calendar.CalendarSnapshot;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Twelve small month grids of a year, rendered on the server: one cell per day with a class for holiday, make-up
 * working day, weekend or workday, and a tooltip with the date and the announced name.
 */
class YearView extends Div {

    YearView(int year, CalendarSnapshot calendar) {
        addClassName("zhifa-year-view");
        setId("calendar-year-view");
        for (int m = 1; m <= 12; m++) {
            add(month(YearMonth.of(year, m), calendar));
        }
    }

    private Div month(YearMonth month, CalendarSnapshot calendar) {
        Div box = new Div();
        box.addClassName("zhifa-month");
        Div title = new Div(getTranslation("ui.calendar.month", month.getYear(), month.getMonthValue()));
        title.addClassName("zhifa-month-title");
        Div days = new Div();
        days.addClassName("zhifa-month-days");
        for (int d = 1; d <= 7; d++) {
            Span head = new Span(getTranslation("ui.calendar.weekday." + d));
            head.addClassName("zhifa-weekday");
            days.add(head);
        }
        int offset = month.atDay(1).getDayOfWeek().getValue() - 1; // Monday first
        for (int i = 0; i < offset; i++) {
            days.add(new Span());
        }
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            days.add(cell(month.atDay(d), calendar));
        }
        box.add(title, days);
        return box;
    }

    private Span cell(LocalDate date, CalendarSnapshot calendar) {
        DayCell kind = DayCell.of(date, calendar);
        Span cell = new Span(String.valueOf(date.getDayOfMonth()));
        cell.setId("day-" + date);
        cell.addClassNames("zhifa-day", kind.cssClass());
        String tip = date + " " + getTranslation("ui.calendar.cell." + kind.name());
        String name = calendar.day(date).map(CalendarDay::name).orElse(null);
        if (name != null) {
            tip = date + " " + name + "（" + getTranslation("ui.calendar.cell." + kind.name()) + "）";
        }
        cell.getElement().setAttribute("title", tip);
        return cell;
    }
}
