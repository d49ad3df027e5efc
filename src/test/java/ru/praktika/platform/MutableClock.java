package ru.praktika.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A clock tests can move. The shared test context uses it as the application clock; a test that moves
 * it must {@link #reset()} it afterwards (other tests share the context).
 */
public class MutableClock extends Clock {

    private final ZoneId zone;
    private volatile Instant fixed;

    public MutableClock(ZoneId zone) {
        this.zone = zone;
    }

    public void setTo(Instant instant) {
        this.fixed = instant;
    }

    public void setTo(LocalDate date) {
        this.fixed = date.atTime(10, 0).atZone(zone).toInstant();
    }

    public void advance(Duration duration) {
        this.fixed = instant().plus(duration);
    }

    /** Back to real time. */
    public void reset() {
        this.fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        MutableClock clock = new MutableClock(zone);
        clock.fixed = fixed;
        return clock;
    }

    @Override
    public Instant instant() {
        Instant f = fixed;
        return f != null ? f : Instant.now();
    }
}
