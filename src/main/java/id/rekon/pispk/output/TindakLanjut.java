package id.rekon.pispk.output;

import id.rekon.pispk.model.RuleCode;

import java.util.Arrays;
import java.util.List;

/**
 * The choices of the {@code Tindak Lanjut} dropdown in the puskesmas workbook. The labels are what
 * teams pick and what the returned-workbook reader gets back; keep them stable.
 *
 * <p>A MATCH-01 row asks a question the other findings do not: are these two records one person?
 * Its dropdown therefore holds {@link #BELUM}, {@link #ORANG_SAMA} and {@link #BUKAN_ORANG_SAMA}
 * instead of the visit and update choices ({@link #labels(RuleCode)}); every other finding keeps
 * the five of {@link #labels()}. See {@code docs/pencocokan.md}.
 */
public enum TindakLanjut {
    BELUM("Belum", true, true),
    SUDAH_DIKUNJUNGI("Sudah dikunjungi", true, false),
    PISPK_DIPERBARUI("Data PIS-PK diperbarui", true, false),
    PROGRAM_DIPERBARUI("Data program diperbarui", true, false),
    BUKAN_MASALAH("Bukan masalah", true, false),
    /** MATCH-01: the team confirms the pair is one person (the NIK still has to be fixed at the source). */
    ORANG_SAMA("Orang yang sama", false, true),
    /** MATCH-01: the team says the pair is two people; the pair is never proposed again. */
    BUKAN_ORANG_SAMA("Bukan orang yang sama", false, true);

    private final String label;
    private final boolean temuan;
    private final boolean pasangan;

    TindakLanjut(String label, boolean temuan, boolean pasangan) {
        this.label = label;
        this.temuan = temuan;
        this.pasangan = pasangan;
    }

    public String label() {
        return label;
    }

    /** The labels of every finding but MATCH-01, in dropdown order. */
    public static List<String> labels() {
        return Arrays.stream(values()).filter(t -> t.temuan).map(TindakLanjut::label).toList();
    }

    /** The labels offered on a row of {@code rule}, in dropdown order. */
    public static List<String> labels(RuleCode rule) {
        if (rule != RuleCode.MATCH_01) {
            return labels();
        }
        return Arrays.stream(values()).filter(t -> t.pasangan).map(TindakLanjut::label).toList();
    }

    /** Every label of either list: the widest decides the column's width. */
    static List<String> allLabels() {
        return Arrays.stream(values()).map(TindakLanjut::label).toList();
    }
}
