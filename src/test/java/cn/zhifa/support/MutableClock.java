package cn.zhifa.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock tests set and advance; never sleep. */
public final class MutableClock extends Clock {
    private volatile Instant now;
    private final ZoneId zone;

    public MutableClock(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    public void set(Instant instant) {
        now = instant;
    }

    /**
     * Sets this clock and the engine's clock ({@code ClockUtil}, which dates jobs and decides which timers are due)
     * to the same local time in this clock's zone.
     */
    public void setWithEngine(java.time.LocalDateTime local) {
        Instant i = local.atZone(zone).toInstant();
        set(i);
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(i));
    }

    /** Back to real time, for this clock and the engine's. */
    public void resetWithEngine() {
        set(Instant.now());
        org.camunda.bpm.engine.impl.util.ClockUtil.reset();
    }

    /** Sets this clock to 09:00 of {@code isoDate} (e.g. "2026-03-02") in its zone: a working morning. */
    public void setMorningOf(String isoDate) {
        set(java.time.LocalDate.parse(isoDate).atTime(9, 0).atZone(zone).toInstant());
    }

    public void advance(Duration d) {
        now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId z) {
        return new MutableClock(now, z);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
