package id.rekon.pispk.job.progress;

import java.util.List;

/**
 * An observer of the running steps, told each time a step has finished a unit of its work: a committed
 * chunk of {@code baca} or {@code aturan}, a puskesmas workbook of {@code tulis}, an archived file of
 * {@code arsip}. These are the points where stopping the process is meant to be safe, so they are the
 * points worth observing.
 *
 * <p>The product registers no observer: the wiring calls every bean of this type it finds, and with none
 * the call is {@link #NONE}. The kill and SIGTERM tests supply one from their own sources to the child JVM
 * they start (it pauses at a named point, so the test can stop the run there); nothing of theirs is in the
 * product. An observer runs on the step's thread: it must be quick and must not throw.
 */
@FunctionalInterface
public interface StepProgress {

    /** Observes nothing. */
    StepProgress NONE = step -> { };

    /** {@code step} (its name: {@code baca}, {@code aturan}, {@code tulis}, {@code arsip}) finished one unit. */
    void unitDone(String step);

    /** All of {@code observers}, in order; {@link #NONE} when there are none. */
    static StepProgress all(List<StepProgress> observers) {
        if (observers.isEmpty()) {
            return NONE;
        }
        List<StepProgress> copy = List.copyOf(observers);
        return step -> copy.forEach(o -> o.unitDone(step));
    }
}
