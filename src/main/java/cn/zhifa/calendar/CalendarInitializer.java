package cn.zhifa.calendar;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * At startup (after Flyway has migrated, before the context is ready): seeds the official data file into the
 * database for years not yet there, loads the database into {@link WorkingDayCalendar}, and warns about years
 * that lack data within {@code zhifa.calendar.warn-look-ahead-days}.
 */
@Component("calendarInitializer")
class CalendarInitializer implements SmartInitializingSingleton {

    private final CalendarAdminService admin;

    CalendarInitializer(CalendarAdminService admin) {
        this.admin = admin;
    }

    @Override
    public void afterSingletonsInstantiated() {
        admin.seedOfficialData();
        admin.yearsMissingData();
    }
}
