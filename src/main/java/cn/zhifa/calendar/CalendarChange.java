package cn.zhifa.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One entry of the append-only calendar change log: who changed which day, from what to what, and why. */
public record CalendarChange(long id, LocalDate date, DayKind oldKind, DayKind newKind, String changedBy, String reason,
                             LocalDateTime changedAt) {

    /** Made by the system (the shipped official data), not by a person: shown as 系统 / System. */
    public boolean bySystem() {
        return CalendarAdminService.SYSTEM_ACTOR.equals(changedBy);
    }

    /** Loaded from the shipped official data file: its reason is shown in the reader's language. */
    public boolean seeded() {
        return bySystem() && CalendarAdminService.SEED_REASON.equals(reason);
    }
}
