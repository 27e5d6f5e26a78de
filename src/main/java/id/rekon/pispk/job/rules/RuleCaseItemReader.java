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
 * <p>The cases are read and decoded ahead on a thread of their own and evaluated by the rules on a
 * small pool ({@link EvaluateAhead}, {@code threads} threads), so the reader hands over each case already
 * evaluated ({@link Dinilai}), one item per case in the cursors' order. Evaluating here rather than in
 * the step's processor is what puts the rules on every core: Spring Batch calls the processor on the
 * step's one thread, one item at a time.
 *
 * <p>Not restartable mid-way on purpose: the step's findings are removed when it opens, so a
 * restarted step recomputes them all, which is cheap next to reading the inbox and can never
 * duplicate a finding.
 */
public class RuleCaseItemReader implements ItemStreamReader<Dinilai> {

    /** Cases per task of the pool: a few milliseconds of rules, far more than handing a task over costs. */
    static final int BATCH = 256;
    /** Batches read and queued ahead of the step: about the 2,000 cases read ahead before the pool. */
    static final int BATCHES_AHEAD = 8;

    private final RecordStore records;
    private final PayloadCodec codec;
    private final TemuanStore temuanStore;
    private final RunKey run;
    private final RuleEvaluator evaluator;
    private final int threads;

    private PersonCaseCursor persons;
    private KeluargaCursor families;
    private CoupleCaseCursor couples;
    private Set<String> probableKeys;
    private EvaluateAhead<Object, Dinilai> ahead;

    /** @param threads the threads evaluating the rules, at least one */
    public RuleCaseItemReader(RecordStore records, PayloadCodec codec, TemuanStore temuanStore, RunKey run,
            RuleEvaluator evaluator, int threads) {
        this.records = records;
        this.codec = codec;
        this.temuanStore = temuanStore;
        this.run = run;
        this.evaluator = evaluator;
        this.threads = threads;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        temuanStore.deleteRun(run, false);
        Map<String, Set<Sumber>> partners = temuanStore.probablePartners(run);
        probableKeys = partners.keySet();
        persons = new PersonCaseCursor(records, codec, partners);
        ahead = new EvaluateAhead<>("aturan-baca", "aturan-nilai", threads, BATCH, BATCHES_AHEAD, this::nextCase,
                kasus -> Dinilai.dari(evaluator, kasus), this::closeCursors);
    }

    @Override
    public Dinilai read() {
        return ahead.next();
    }

    /** The next case off the cursors (on the read-ahead thread), or {@code null} after the last couple. */
    private Object nextCase() {
        if (persons != null) {
            // Its payloads are read on the pool, with the rules (Dinilai.dari): one positional read
            // per record bound this thread when it read them all.
            PersonCaseCursor.Unread p = persons.nextUnread();
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
