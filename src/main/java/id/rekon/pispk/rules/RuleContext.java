package id.rekon.pispk.rules;

import java.time.LocalDate;

/** What every rule may know besides the records: the run date and the settings. */
public record RuleContext(LocalDate runDate, RuleSettings settings) {
}
