/** MyBatis mapper and rows for the calendar tables (calendar_day, calendar_year, calendar_change); not API. */
package cn.zhifa.calendar.internal;
