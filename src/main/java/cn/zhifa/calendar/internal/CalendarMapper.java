package cn.zhifa.calendar.internal;

import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** calendar_day, calendar_year and calendar_change. Statements in CalendarMapper.xml. */
@Mapper
public interface CalendarMapper {

    List<CalendarDayRow> findAllDays();

    /** Days with {@code from <= cal_date < until}. */
    List<CalendarDayRow> findDaysBetween(@Param("from") LocalDate from, @Param("until") LocalDate until);

    CalendarDayRow findDay(@Param("day") LocalDate day);

    int insertDay(CalendarDayRow row);

    int updateDay(CalendarDayRow row);

    int deleteDay(@Param("day") LocalDate day);

    List<CalendarYearRow> findAllYears();

    CalendarYearRow findYear(@Param("year") int year);

    int insertYear(CalendarYearRow row);

    int updateYear(CalendarYearRow row);

    /** Appends to the change log. There is deliberately no update or delete for calendar_change. */
    int insertChange(CalendarChangeRow row);

    /** Changes of days with {@code from <= cal_date < until}, oldest first. */
    List<CalendarChangeRow> findChangesBetween(@Param("from") LocalDate from, @Param("until") LocalDate until);
}
