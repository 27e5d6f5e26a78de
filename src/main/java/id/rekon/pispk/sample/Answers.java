package id.rekon.pispk.sample;

import id.rekon.pispk.model.Jawaban;

/** How survey answers are spelled in each PIS-PK layout. */
final class Answers {

    private Answers() {
    }

    /** Indicator answers: {@code Y}, {@code T}, {@code N} or blank. */
    static String indikator(Jawaban j) {
        return j == null ? null : j.name();
    }

    /** Ya/Tidak questions in the raw workbook: {@code YA}/{@code TIDAK}. */
    static String yaTidakUpper(Boolean b) {
        return b == null ? null : b ? "YA" : "TIDAK";
    }

    /** Ya/Tidak questions in the CSV: {@code Ya}/{@code Tidak}. */
    static String yaTidak(Boolean b) {
        return b == null ? null : b ? "Ya" : "Tidak";
    }
}
