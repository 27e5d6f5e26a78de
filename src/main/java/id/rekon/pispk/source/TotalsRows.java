package id.rekon.pispk.source;

import id.rekon.pispk.model.CellValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Tells a totals row at the bottom of an export (skipped and counted, never rejected) from data.
 * A row is a totals row when its identifying cells are blank (or, beside a label, hold a short
 * count) and either
 * <ul>
 *   <li>a text cell reads {@code TOTAL} or {@code JUMLAH} (also {@code Grand Total},
 *       {@code Sub Total}, {@code Jumlah Balita:} …); the label may stand in an identifying
 *       column, commonly {@code No} or {@code Nama}; or</li>
 *   <li>every non-blank cell is a number (a row of sums without a label).</li>
 * </ul>
 * The identifying cells are those of the kind's required columns and of its NIK, No KK and name
 * columns: a data row always has one of them, a totals row never does. Immutable, thread-safe.
 */
public final class TotalsRows {

    /** A label's optional first word, and the word it is about. */
    private static final List<String> LABEL_PREFIXES = List.of("grand", "sub");
    private static final List<String> LABEL_WORDS = List.of("total", "jumlah");
    /** {@code (?i)^(grand\s*|sub\s*)?(total|jumlah)\b.*}, built from the words so the quick check below cannot miss one. */
    private static final Pattern LABEL = Pattern.compile("(?i)^(" + String.join("\\s*|", LABEL_PREFIXES) + "\\s*)?("
            + String.join("|", LABEL_WORDS) + ")\\b.*", Pattern.DOTALL);
    /** Every word a label can start with. */
    private static final List<String> LABEL_STARTS =
            java.util.stream.Stream.concat(LABEL_PREFIXES.stream(), LABEL_WORDS.stream()).toList();
    private static final Pattern NUMBER = Pattern.compile("^[-+]?\\d+([.,]\\d+)*$");

    private final int[] identifying;

    /** For a file whose header maps {@code columns}. */
    public TotalsRows(Map<SourceColumn, Integer> columns) {
        List<Integer> indices = new ArrayList<>();
        columns.forEach((column, index) -> {
            if (isIdentifying(column) && !indices.contains(index)) {
                indices.add(index);
            }
        });
        this.identifying = indices.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean isIdentifying(SourceColumn column) {
        String key = HeaderKey.of(column.header());
        return column.required() || key.startsWith("nik") || key.startsWith("nama") || key.equals("nokk");
    }

    /** Whether {@code row}, a non-blank data row, is a totals row. */
    public boolean isTotals(RawRow row) {
        // Almost every row has an identifying cell holding a NIK or a name: neither a count nor a
        // label, so the row is data whatever the other cells say. Deciding that first spares the
        // label search over every cell of every row (5 % of the read step's samples, JFR).
        for (int index : identifying) {
            CellValue cell = row.cell(index);
            if (!cell.isBlank()) {
                String text = cell.text().trim();
                if (!isCount(text) && (cell.numeric() || !isLabel(text))) {
                    return false;
                }
            }
        }
        int label = labelIndex(row);
        for (int index : identifying) {
            CellValue cell = row.cell(index);
            // Beside a TOTAL label, exports put counts in any column, the name column included
            // ("TOTAL | | 962"); a count is short, a NIK or No KK never is.
            boolean count = label >= 0 && isCount(cell.text().trim());
            if (index != label && !cell.isBlank() && !count) {
                return false;
            }
        }
        return label >= 0 || onlyNumbers(row);
    }

    private static int labelIndex(RawRow row) {
        List<CellValue> cells = row.cells();
        for (int i = 0; i < cells.size(); i++) {
            CellValue cell = cells.get(i);
            if (!cell.numeric() && isLabel(cell.text().trim())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * {@code \d{1,9}([.,]\d+)?} by a char scan: every identifying cell of every row is asked,
     * and the pattern was most of this class's 0.5 % of the read step.
     */
    static boolean isCount(String text) {
        int n = text.length();
        int i = 0;
        while (i < n && digit(text.charAt(i))) {
            i++;
        }
        if (i == 0 || i > 9) {
            return false;
        }
        if (i == n) {
            return true;
        }
        char c = text.charAt(i);
        if ((c != '.' && c != ',') || i + 1 == n) {
            return false;
        }
        for (i++; i < n; i++) {
            if (!digit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link #LABEL}, asked only of text that starts with one of its words: a name or a NIK never
     * does, and {@code regionMatches} ignoring case accepts at least what the pattern's ASCII
     * case folding does, so no label is missed.
     */
    static boolean isLabel(String text) {
        for (String word : LABEL_STARTS) {
            if (text.regionMatches(true, 0, word, 0, word.length())) {
                return LABEL.matcher(text).matches();
            }
        }
        return false;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean onlyNumbers(RawRow row) {
        boolean any = false;
        for (CellValue cell : row.cells()) {
            if (cell.isBlank()) {
                continue;
            }
            boolean number = cell.date() == null
                    && (cell.numeric() || NUMBER.matcher(cell.text().trim()).matches());
            if (!number) {
                return false;
            }
            any = true;
        }
        return any;
    }
}
