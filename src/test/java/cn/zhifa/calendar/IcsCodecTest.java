package cn.zhifa.calendar;

import static cn.zhifa.calendar.IcsFixtures.allDay;
import static cn.zhifa.calendar.IcsFixtures.calendar;
import static cn.zhifa.calendar.IcsFixtures.stream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IcsCodecTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "2027-01-01, HOLIDAY",
            "2027-01-02, HOLIDAY",
            "2027-01-03, MAKEUP_WORKDAY",   // 补班
            "2027-02-05, HOLIDAY",
            "2027-02-12, HOLIDAY",          // DTEND exclusive: 13 Feb not included
            "2027-02-14, MAKEUP_WORKDAY",   // 调休上班
            "2027-02-20, MAKEUP_WORKDAY",   // CATEGORIES:WORK
            "2027-04-06, HOLIDAY",          // DURATION:P2D
            "2027-05-03, HOLIDAY",          // X-ZHIFA-DAY-KIND:HOLIDAY
            "2027-05-08, MAKEUP_WORKDAY",   // X-ZHIFA-DAY-KIND:MAKEUP_WORKDAY
    })
    void importConvention(LocalDate day, DayKind kind) {
        Map<LocalDate, CalendarDay> days = read2027();
        assertThat(days.get(day).kind()).isEqualTo(kind);
    }

    @Test
    void daysOutsideTheYearAndAfterDtEndAreNotImported() {
        IcsCodec.Parsed parsed = IcsCodec.read(stream(IcsFixtures.YEAR_2027), 2027, "fallback");
        assertThat(parsed.skippedOutsideYear()).isEqualTo(1);
        assertThat(parsed.days()).hasSize(19); // 2 + 1 + 8 + 1 + 1 + 2 + 3 + 1
        assertThat(read2027()).doesNotContainKeys(LocalDate.parse("2026-12-31"), LocalDate.parse("2027-02-13"),
                LocalDate.parse("2027-04-07"));
        assertThat(parsed.yearSource()).isEqualTo("ICS: 中国节假日测试");
        assertThat(read2027().get(LocalDate.parse("2027-01-03")).name()).isEqualTo("元旦补班");
        assertThat(read2027().get(LocalDate.parse("2027-01-03")).source()).isEqualTo("ICS: 中国节假日测试");
    }

    @Test
    void exportThenReadGivesTheSameDays() {
        var official = OfficialCalendarData.load();
        byte[] ics = IcsCodec.write(2026, official.years().get(2026), official.daysOf(2026));
        IcsCodec.Parsed back = IcsCodec.read(new ByteArrayInputStream(ics), 2026, "unused");
        assertThat(back.days()).containsExactlyInAnyOrderElementsOf(official.daysOf(2026));
        assertThat(back.yearSource()).isEqualTo(official.years().get(2026));
        assertThat(new String(ics, java.nio.charset.StandardCharsets.UTF_8))
                .contains("DTSTART;VALUE=DATE:20260215").contains("CATEGORIES:WORK");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "this is not a calendar",
            "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20270101\n",   // truncated
    })
    void unreadableFileRefused(String text) {
        assertThatThrownBy(() -> IcsCodec.read(stream(text), 2027, "x"))
                .isInstanceOf(CalendarInputException.class)
                .hasMessageContaining("ICS");
    }

    @Test
    void timedEventRefused() {
        String ics = calendar("BEGIN:VEVENT\nUID:t\nDTSTAMP:20260101T000000Z\nDTSTART:20270101T090000Z\n"
                + "DTEND:20270101T170000Z\nSUMMARY:元旦\nEND:VEVENT\n");
        assertThatThrownBy(() -> IcsCodec.read(stream(ics), 2027, "x"))
                .isInstanceOf(CalendarInputException.class)
                .hasMessageContaining("not an all-day date");
    }

    @Test
    void conflictingDayRefused() {
        String ics = calendar(allDay("a", "20270101", "20270103", "元旦") + allDay("b", "20270102", null, "补班"));
        assertThatThrownBy(() -> IcsCodec.read(stream(ics), 2027, "x"))
                .isInstanceOf(CalendarInputException.class)
                .hasMessageContaining("2027-01-02");
    }

    @Test
    void fileWithoutDaysInTheYearRefused() {
        assertThatThrownBy(() -> IcsCodec.read(stream(IcsFixtures.YEAR_2027), 2028, "x"))
                .isInstanceOf(CalendarInputException.class)
                .hasMessageContaining("no all-day events in 2028");
    }

    @Test
    void endBeforeStartRefused() {
        String ics = calendar(allDay("a", "20270105", "20270101", "元旦"));
        assertThatThrownBy(() -> IcsCodec.read(stream(ics), 2027, "x")).isInstanceOf(CalendarInputException.class);
    }

    private static Map<LocalDate, CalendarDay> read2027() {
        return IcsCodec.read(stream(IcsFixtures.YEAR_2027), 2027, "fallback").days().stream()
                .collect(Collectors.toMap(CalendarDay::date, Function.identity()));
    }
}
