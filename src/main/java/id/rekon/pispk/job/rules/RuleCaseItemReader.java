package id.rekon.pispk.job.rules;

import id.rekon.pispk.model.CoupleCase;
import id.rekon.pispk.model.PersonCase;
import id.rekon.pispk.model.Keluarga;
import id.rekon.pispk.model.Sumber;
import id.rekon.pispk.store.CoupleCaseCursor;
import id.rekon.pispk.store.KeluargaCursor;
import id.rekon.pispk.store.PayloadCodec;
import id.rekon.pispk.store.PersonCaseCursor;
import id.rekon.pispk.store.RecordStore;
import id.rekon.pispk.store.RunKey;
import id.rekon.pispk.store.TemuanStore;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import java.util.Map;
import java.util.Set;

/**
 * Reads everything the rules look at, one case at a time: each person ({@link PersonCase}), then
 * each family ({@link Keluarga}), then each KUA couple ({@link CoupleCase}).
 *
 * <p>The cases are read and decoded one step ahead on a thread of their own ({@link ReadAhead}), so the
 * step's thread spends its time on the rules.
 *
 * <p>Not restartable mid-way on purpose: the step's findings are removed when it opens, so a
 * restarted step recomputes them all, which is cheap next to reading the inbox and can never
 * duplicate a finding.
 */
public class RuleCaseItemReader implements ItemStreamReader<Object> {

    private final RecordStore records;
    private final PayloadCodec codec;
    private final TemuanStore temuanStore;
    private final RunKey run;

    private PersonCaseCursor persons;
    private KeluargaCursor families;
    private CoupleCaseCursor couples;
    private Set<String> probableKeys;
    private ReadAhead<Object> ahead;

    public RuleCaseItemReader(RecordStore records, PayloadCodec codec, TemuanStore temuanStore, RunKey run) {
        this.records = records;
        this.codec = codec;
        this.temuanStore = temuanStore;
        this.run = run;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        temuanStore.deleteRun(run, false);
        Map<String, Set<Sumber>> partners = temuanStore.probablePartners(run);
        probableKeys = partners.keySet();
        persons = new PersonCaseCursor(records, codec, partners);
        ahead = new ReadAhead<>("aturan-baca", 2_000, this::nextCase, this::closeCursors);
    }

    @Override
    public Object read() {
        return ahead.next();
    }

    /** The next case off the cursors (on the read-ahead thread), or {@code null} after the last couple. */
    private Object nextCase() {
        if (persons != null) {
            PersonCase p = persons.next();
            if (p != null) {
                return p;
            }
            persons.close();
            persons = null;
            families = new KeluargaCursor(records, codec);
        }
        if (families != null) {
            Keluarga k = families.next();
            if (k != null) {
                return k;
            }
            families.close();
            families = null;
            couples = new CoupleCaseCursor(records, codec, probableKeys);
        }
        if (couples != null) {
            CoupleCase c = couples.next();
            if (c != null) {
                return c;
            }
            couples.close();
            couples = null;
        }
        return null;
    }

    @Override
    public void close() {
        if (ahead != null) {
            ahead.close();
            ahead = null;
        } else {
            closeCursors();
        }
    }

    private void closeCursors() {
        for (AutoCloseable c : new AutoCloseable[] {persons, families, couples}) {
            if (c != null) {
                try {
                    c.close();
                } catch (Exception ignored) {
                    // read-only cursors
                }
            }
        }
        persons = null;
        families = null;
        couples = null;
    }
}
