package id.rekon.pispk.rules;

import id.rekon.pispk.model.PersonCase;
import id.rekon.pispk.model.Temuan;

import java.util.function.Consumer;

/** A rule family evaluated on one person at a time. Implementations are stateless and thread-safe. */
public interface PersonRule {

    void evaluate(PersonCase person, RuleContext context, Consumer<Temuan> findings);
}
