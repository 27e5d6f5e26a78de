package id.rekon.pispk.output;

import id.rekon.pispk.model.Arah;
import id.rekon.pispk.model.RuleCode;
import id.rekon.pispk.model.RuleFamily;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts of the findings written to one workbook, kept while they stream by, for the
 * {@code Ringkasan} sheet: per rule and status, per direction, per desa and family. Every count
 * comes from the same rows as the family sheets, so the totals equal the sheets' data rows.
 * Not thread safe.
 */
final class TemuanTally {

    /** Label for findings whose desa is unknown. */
    static final String DESA_KOSONG = "(desa tidak diketahui)";

    private final Map<RuleCode, long[]> perRule = new EnumMap<>(RuleCode.class);
    private final Map<String, Map<RuleFamily, Long>> perDesa = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private long total;

    void add(TemuanRow row) {
        RuleCode rule = row.temuan().kodeAturan();
        long[] counts = perRule.computeIfAbsent(rule, r -> new long[2]);
        counts[TemuanRow.BARU.equalsIgnoreCase(row.status()) ? 0 : 1]++;
        String desa = row.temuan().desa() == null || row.temuan().desa().isBlank()
                ? DESA_KOSONG : row.temuan().desa().trim();
        perDesa.computeIfAbsent(desa, d -> new EnumMap<>(RuleFamily.class))
                .merge(rule.family(), 1L, Long::sum);
        total++;
    }

    long total() {
        return total;
    }

    long baru(RuleCode rule) {
        long[] c = perRule.get(rule);
        return c == null ? 0 : c[0];
    }

    /** Findings of the rule whose status is not {@code Baru} (normally {@code Masih terbuka}). */
    long lainnya(RuleCode rule) {
        long[] c = perRule.get(rule);
        return c == null ? 0 : c[1];
    }

    long of(RuleCode rule) {
        return baru(rule) + lainnya(rule);
    }

    long baru(Arah arah) {
        long n = 0;
        for (RuleCode r : RuleCode.values()) {
            if (r.arah() == arah) {
                n += baru(r);
            }
        }
        return n;
    }

    long lainnya(Arah arah) {
        long n = 0;
        for (RuleCode r : RuleCode.values()) {
            if (r.arah() == arah) {
                n += lainnya(r);
            }
        }
        return n;
    }

    /** Desa in case-insensitive alphabetical order, each with its count per family. */
    Map<String, Map<RuleFamily, Long>> perDesa() {
        return perDesa;
    }

    long of(RuleFamily family) {
        long n = 0;
        for (Map<RuleFamily, Long> m : perDesa.values()) {
            n += m.getOrDefault(family, 0L);
        }
        return n;
    }
}
