package cn.zhifa.calendar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.calendar.CalendarDay;
import cn.zhifa.calendar.CalendarSnapshot;
import cn.zhifa.calendar.DayKind;
import cn.zhifa.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DayCellTest {

    private final CalendarSnapshot official = WorkingDayCalendar.officialData().snapshot();

    @Test
    void springFestival2026IsMarkedWithItsMakeUpDays() {
        // 国务院办公厅 2026 notice: 2月15日–23日 放假, 2月14日（周六）、2月28日（周六）上班
        assertThat(DayCell.of(LocalDate.of(2026, 2, 17), official)).isEqualTo(DayCell.HOLIDAY);
        assertThat(DayCell.of(LocalDate.of(2026, 2, 15), official)).isEqualTo(DayCell.HOLIDAY); // a Sunday
        assertThat(DayCell.of(LocalDate.of(2026, 2, 14), official)).isEqualTo(DayCell.MAKEUP_WORKDAY);
        assertThat(DayCell.of(LocalDate.of(2026, 2, 28), official)).isEqualTo(DayCell.MAKEUP_WORKDAY);
    }

    @Test
    void unannouncedDaysFollowTheDayOfTheWeek() {
        CalendarSnapshot empty = CalendarSnapshot.empty();
        assertThat(DayCell.of(LocalDate.of(2026, 3, 7), empty)).isEqualTo(DayCell.WEEKEND); // Saturday
        assertThat(DayCell.of(LocalDate.of(2026, 3, 8), empty)).isEqualTo(DayCell.WEEKEND); // Sunday
        assertThat(DayCell.of(LocalDate.of(2026, 3, 9), empty)).isEqualTo(DayCell.WORKDAY); // Monday
    }

    @Test
    void anAnnouncementOnAWeekdayOrAWeekendWinsOverTheDayOfTheWeek() {
        CalendarSnapshot s = CalendarSnapshot.of(List.of(
                new CalendarDay(LocalDate.of(2027, 6, 9), DayKind.HOLIDAY, "放假", "admin"),
                new CalendarDay(LocalDate.of(2027, 6, 12), DayKind.MAKEUP_WORKDAY, "补班", "admin")), List.of());
        assertThat(DayCell.of(LocalDate.of(2027, 6, 9), s)).isEqualTo(DayCell.HOLIDAY); // a Wednesday
        assertThat(DayCell.of(LocalDate.of(2027, 6, 12), s)).isEqualTo(DayCell.MAKEUP_WORKDAY); // a Saturday
    }

    @Test
    void cssClassesAreTheThemeClasses() {
        assertThat(DayCell.HOLIDAY.cssClass()).isEqualTo("zhifa-day-holiday");
        assertThat(DayCell.MAKEUP_WORKDAY.cssClass()).isEqualTo("zhifa-day-makeup-workday");
        assertThat(DayCell.WEEKEND.cssClass()).isEqualTo("zhifa-day-weekend");
        assertThat(DayCell.WORKDAY.cssClass()).isEqualTo("zhifa-day-workday");
    }
}
