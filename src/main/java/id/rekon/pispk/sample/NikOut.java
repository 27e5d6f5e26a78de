package id.rekon.pispk.sample;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How a NIK (or No KK) is written into one source: the text, or a damaged numeric cell.
 *
 * @param form  text, numeric cell (XLSX/XLS only), or blank
 * @param text  for {@link Form#TEXT} the exact text; for {@link Form#NUMERIC} the digits of the
 *              number stored (already damaged the way Excel damages 16-digit numbers)
 * @param tag   the damage counter this value belongs to ({@code nik_scientific_text},
 *              {@code nik_dummy_zero}, ...), or {@code null} for a clean NIK, which writers may
 *              still decorate with harmless separators or an apostrophe
 */
record NikOut(Form form, String text, String tag) {

    enum Form { TEXT, NUMERIC, BLANK }

    static NikOut clean(String nik) {
        return new NikOut(Form.TEXT, nik, null);
    }

    static NikOut tagged(String text, String tag) {
        return new NikOut(Form.TEXT, text, tag);
    }

    static NikOut blank() {
        return new NikOut(Form.BLANK, "", "nik_blank");
    }

    /**
     * The number Excel keeps for a 16-digit NIK typed into a numeric cell: 15 significant digits,
     * so the last digit becomes 0 ({@code 5301234567890123} to {@code 5301234567890120}).
     */
    static NikOut numeric(String nik, String tag) {
        long v = Long.parseLong(nik) / 10 * 10;
        return new NikOut(Form.NUMERIC, Long.toString(v), tag);
    }

    /** What Excel shows in General format for a 16-digit number: {@code 5.30201E+15}. */
    static String scientific(String nik) {
        BigDecimal v = new BigDecimal(nik).round(new MathContext(6, RoundingMode.HALF_UP));
        BigDecimal mantissa = v.movePointLeft(nik.length() - 1);
        return mantissa.setScale(5, RoundingMode.HALF_UP).toPlainString() + "E+" + (nik.length() - 1);
    }

    static NikOut scientificText(String nik) {
        return new NikOut(Form.TEXT, scientific(nik), "nik_scientific_text");
    }

    boolean isClean() {
        return form == Form.TEXT && tag == null;
    }

    /** The digits as a reader would see them after stripping separators: for the manifest. */
    String digits() {
        return form == Form.BLANK ? "" : text.replaceAll("[^0-9]", "");
    }
}
