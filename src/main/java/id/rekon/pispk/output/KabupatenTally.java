package id.rekon.pispk.output;

import java.util.Map;
import java.util.TreeMap;

/**
 * Counts per puskesmas of tonight's findings for the district workbook, taken while the findings
 * stream by for {@code temuan.csv}: open (all of tonight's), new, and those a team has already
 * given a follow-up other than {@code Belum}. Unrouted findings are not counted (no puskesmas).
 * Not thread safe.
 */
public final class KabupatenTally {

    /** One puskesmas's counts. */
    public static final class Angka {
        long terbuka;
        long baru;
        long ditindaklanjuti;

        public long terbuka() {
            return terbuka;
        }

        public long baru() {
            return baru;
        }

        public long ditindaklanjuti() {
            return ditindaklanjuti;
        }
    }

    private final Map<String, Angka> perPuskesmas = new TreeMap<>();

    public void add(TemuanRow row) {
        String kode = row.temuan().kodePuskesmas();
        if (kode == null || kode.isBlank()) {
            return;
        }
        Angka a = perPuskesmas.computeIfAbsent(kode.trim(), k -> new Angka());
        a.terbuka++;
        if (TemuanRow.BARU.equals(row.status())) {
            a.baru++;
        }
        if (!row.tindakLanjut().isBlank() && !row.tindakLanjut().equals(TindakLanjut.BELUM.label())) {
            a.ditindaklanjuti++;
        }
    }

    /** Counts of {@code kode}; zeros when it has no finding tonight. */
    public Angka of(String kode) {
        return perPuskesmas.getOrDefault(kode, new Angka());
    }
}
