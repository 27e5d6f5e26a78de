package id.rekon.pispk.job;

import id.rekon.pispk.job.progress.StepProgress;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * What the tests add to the application in a child JVM ({@link ChildJvm} names this class in
 * {@code spring.main.sources}, so Spring registers its beans beside the product's):
 * <ul>
 *   <li>{@link JedaUji}, a {@link StepProgress} that pauses where {@code -Drekon.uji.jeda} says;</li>
 *   <li>the clock: with {@code -Drekon.uji.jam=2026-11-01T10:00:00} (local time) the application's "now" starts
 *   there and runs on at the real pace, so {@code serve}'s "today" and schedule do not depend on the day the
 *   test runs (a run at midnight would otherwise see two dates). Without it, the system clock, as in the
 *   product.</li>
 * </ul>
 * Deliberately not a {@code @Configuration}: the component scan of every in-JVM {@code @SpringBootTest}
 * sees the test classes, and must not pick this up.
 */
public class ChildJvmHooks {

    /** System property: the local date-time the child's clock starts at. */
    static final String JAM = "rekon.uji.jam";

    @Bean
    StepProgress jedaUji() {
        return new JedaUji();
    }

    @Bean
    @Primary
    Clock ujiClock() {
        Clock system = Clock.systemDefaultZone();
        String start = System.getProperty(JAM);
        if (start == null || start.isBlank()) {
            return system;
        }
        Instant at = LocalDateTime.parse(start).atZone(system.getZone()).toInstant();
        return Clock.offset(system, Duration.between(system.instant(), at));
    }
}
