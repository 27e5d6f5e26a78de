package id.rekon.pispk.rules;

import id.rekon.pispk.model.Cakupan;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What every rule may know besides the records: the run date, the settings, and which sources
 * arrived tonight for which puskesmas ({@link Cakupan}).
 */
public record RuleContext(LocalDate runDate, RuleSettings settings, Cakupan cakupan) {

    public RuleContext {
        Objects.requireNonNull(cakupan, "cakupan");
    }

    /** Every source counted as arrived. */
    public RuleContext(LocalDate runDate, RuleSettings settings) {
        this(runDate, settings, Cakupan.lengkap());
    }
}
