package id.rekon.pispk.job;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** The system clock until a test {@linkplain #set sets} the instant it should read; {@link #reset} goes back. */
final class SettableClock extends Clock {

    private final ZoneId zone;
    private volatile Instant fixed;

    SettableClock(ZoneId zone) {
        this.zone = zone;
    }

    void set(Instant instant) {
        fixed = instant;
    }

    void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        SettableClock c = new SettableClock(other);
        c.fixed = fixed;
        return c;
    }

    @Override
    public Instant instant() {
        Instant f = fixed;
        return f != null ? f : Instant.now();
    }
}
