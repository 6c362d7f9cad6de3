package cn.zhifa.calendar;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Hand-written ICS files in the style of public holiday feeds. The 2027 data is invented test data, not official. */
final class IcsFixtures {

    private IcsFixtures() {
    }

    static InputStream stream(String ics) {
        return new ByteArrayInputStream(ics.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    static String calendar(String events) {
        return """
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//Test//Holidays//ZH
                X-WR-CALNAME:中国节假日测试
                """ + events + "END:VCALENDAR\n";
    }

    static String allDay(String uid, String start, String endExclusive, String summary, String... extra) {
        return "BEGIN:VEVENT\nUID:" + uid + "\nDTSTAMP:20260101T000000Z\nDTSTART;VALUE=DATE:" + start + "\n"
                + (endExclusive == null ? "" : "DTEND;VALUE=DATE:" + endExclusive + "\n")
                + "SUMMARY:" + summary + "\n" + String.join("", extra) + "END:VEVENT\n";
    }

    /** Invented 2027: 元旦 31 Dec 2026 (outside the year) – 2 Jan, make-up Sun 3 Jan; 春节 block; several conventions. */
    static final String YEAR_2027 = calendar(
            allDay("a", "20261231", "20270103", "元旦")                                    // 31 Dec skipped, 1–2 Jan holiday
                    + allDay("b", "20270103", null, "元旦补班")                             // summary "补班"
                    + allDay("c", "20270205", "20270213", "春节")                           // 5–12 Feb
                    + allDay("d", "20270214", null, "春节调休上班")                         // "上班" contains 班
                    + allDay("e", "20270220", null, "Make-up day", "CATEGORIES:WORK\n")     // category WORK
                    + allDay("f", "20270405", null, "清明节", "DURATION:P2D\n")             // 5–6 Apr
                    + allDay("g", "20270501", "20270504", "劳动节", "X-ZHIFA-DAY-KIND:HOLIDAY\n")
                    + allDay("h", "20270508", null, "Labour Day swap", "X-ZHIFA-DAY-KIND:MAKEUP_WORKDAY\n"));
}
