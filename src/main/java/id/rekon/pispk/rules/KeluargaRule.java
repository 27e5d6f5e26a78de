package id.rekon.pispk.rules;

import id.rekon.pispk.model.Keluarga;
import id.rekon.pispk.model.Temuan;

import java.util.function.Consumer;

/** A rule family evaluated on one PIS-PK family at a time. Stateless and thread-safe. */
public interface KeluargaRule {

    void evaluate(Keluarga keluarga, RuleContext context, Consumer<Temuan> findings);
}
