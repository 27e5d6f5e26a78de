package id.rekon.pispk.rules;

import id.rekon.pispk.model.CoupleCase;
import id.rekon.pispk.model.Temuan;

import java.util.function.Consumer;

/** A rule family evaluated on one KUA couple at a time. Stateless and thread-safe. */
public interface CoupleRule {

    void evaluate(CoupleCase couple, RuleContext context, Consumer<Temuan> findings);
}
