package id.rekon.pispk.normalise;

import id.rekon.pispk.model.Nik;
import id.rekon.pispk.model.NikStatus;
import id.rekon.pispk.model.Sex;
import id.rekon.pispk.model.CellValue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * NikClassifier as it was before the char scans (commit fb25705): the oracle they are checked
 * against. Do not change.
 *
 * <p>Classifies a NIK (or a No KK) exactly as the spec's "NIK and No KK" section says, in its order:
 * blank, damaged, dummy, invalid, inconsistent, valid. Never repairs a value.
 *
 * <p>Before judging, the text is trimmed, a leading apostrophe is dropped and spaces, dots and
 * dashes are removed ({@code '5301-2345-6789-0123} is fine). Then:
 * <ol>
 *   <li><b>blank</b>: nothing left (an empty cell, or only separators such as {@code "-"}).</li>
 *   <li><b>damaged</b>: the cell is numeric (a number in a spreadsheet or JSON), or its text is in
 *       scientific notation ({@code 5.30123E+15}, {@code 5,30123E+15}). {@code digits} is what
 *       arrived, digits only: the digits Excel produced, or for scientific notation every digit of the
 *       text ({@code 53012315}), as {@code temuan.csv} shows "the NIK as given (digits only)".</li>
 *   <li><b>dummy</b>: 16 digits whose first two are a known province and whose last ten are all
 *       zeros. This covers a 6-digit region plus ten zeros ({@code 5302010000000000}) and the
 *       shorter 4- and 2-digit region forms ({@code 5302000000000000}, {@code 5300000000000000}).
 *       An unknown province followed by zeros is not a region code, hence invalid. For a NIK also:
 *       equal to the row's parent NIK (e-PPGBM's mother's NIK reused for the child).</li>
 *   <li><b>invalid</b>, reasons checked in this order: characters other than digits; not 16
 *       digits; all one digit; a run of consecutive digits ascending or descending, wrapping
 *       after 9 or 0 ({@code 1234567890123456}, {@code 9876543210987654}); unknown province;
 *       impossible encoded date; serial {@code 0000}. The patterns come before the province and
 *       date so the reason names the real problem. The kab/kota and kecamatan parts are not
 *       checked (regions split and are renumbered).</li>
 *   <li><b>inconsistent</b> (NIK only): well formed, but the encoded day, month or two-digit year
 *       disagrees with the record's date of birth, or the encoded sex (day over 40 is female)
 *       disagrees with the record's sex. Judged only against what the record has.</li>
 * </ol>
 *
 * <p><b>Encoded date.</b> For a NIK, day {@code 01-31} (male) or {@code 41-71} (female), month
 * {@code 01-12}, and the day must exist in that month. A two-digit year cannot tell 1900 from
 * 2000, so 29 February is accepted when the two-digit year is divisible by 4 (for {@code 00},
 * 2000 was a leap year) and refused otherwise. For a No KK the date is the issue date, with no
 * 40 added: only its plausibility is checked (day {@code 01-31}, month {@code 01-12}, a day the
 * month has, same 29 February rule).
 *
 * <p>Immutable and thread-safe. Reasons are Indonesian and never contain the NIK itself.
 */
public final class NikClassifierViaRegex {

    private static final Pattern SCIENTIFIC = Pattern.compile("([0-9]+)(?:[.,]([0-9]*))?[eE][+]?[0-9]+");
    private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\u00A0]+");
    private static final Pattern NOT_DIGIT = Pattern.compile("[^0-9]");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0.\\-\\u2010-\\u2015]+");
    private static final String APOSTROPHES = "'\u2018\u2019`";

    private final ProvinceCodes provinces;

    /** @param provinces the known provinces, e.g. {@code region.Kemendagri} */
    public NikClassifierViaRegex(ProvinceCodes provinces) {
        this.provinces = Objects.requireNonNull(provinces, "provinces");
    }

    /** Classifies a NIK when the record has no date of birth, sex or parent NIK to compare. */
    public Nik classify(CellValue cell) {
        return classify(cell, null, null, null);
    }

    /**
     * Classifies a NIK cell.
     *
     * @param cell       the cell as read; {@code null} is blank
     * @param recordDob  the record's own date of birth, or {@code null} (then not compared)
     * @param recordSex  the record's own sex, or {@code null} (then not compared)
     * @param parentNik  the NIK of the parent in the same row (e-PPGBM {@code NIK Ortu}), or
     *                   {@code null}; a child NIK equal to it is a dummy
     * @return the classified NIK, never {@code null}
     */
    public Nik classify(CellValue cell, LocalDate recordDob, Sex recordSex, Nik parentNik) {
        return judge(cell, Label.NIK, recordDob, recordSex, parentNik);
    }

    /** Classifies a No KK: like a NIK, but its date is the issue date and there is no parent. */
    public Nik classifyKk(CellValue cell) {
        return judge(cell, Label.KK, null, null, null);
    }

    private Nik judge(CellValue cell, Label label, LocalDate dob, Sex sex, Nik parentNik) {
        String raw = cell == null ? "" : cell.text().trim();
        String unquoted = stripApostrophe(raw);
        // Most cells are sixteen plain digits: no pattern needs to look at them (String.replaceAll
        // compiled its pattern on every call, a few percent of the read step).
        boolean plain = onlyDigits(unquoted);
        String compact = plain ? unquoted : WHITE_SPACE.matcher(unquoted).replaceAll("");
        boolean scientific = !plain && SCIENTIFIC.matcher(compact).matches();
        // "digits only" of what was given (the spec's temuan.csv nik), exponent included for
        // scientific notation: 5.30123E+15 gives 53012315, which no one can mistake for a NIK.
        String digits = plain ? unquoted
                : scientific ? NOT_DIGIT.matcher(compact).replaceAll("") : SEPARATORS.matcher(unquoted).replaceAll("");

        if (digits.isEmpty()) {
            return label == Label.NIK && raw.isEmpty() ? Nik.blank() : new Nik(raw, "", NikStatus.BLANK, label.name + " kosong");
        }
        if (cell.numeric()) {
            String fromNumber = scientific ? digits : NOT_DIGIT.matcher(digits).replaceAll("");
            return new Nik(raw, fromNumber, NikStatus.DAMAGED, label.name
                    + " rusak: tersimpan sebagai angka di Excel sehingga digit terakhirnya bisa berubah;"
                    + " ketik ulang sebagai teks");
        }
        if (scientific) {
            return new Nik(raw, digits, NikStatus.DAMAGED, label.name
                    + " rusak: tertulis dalam notasi ilmiah (mis. 5.30123E+15) sehingga digitnya hilang;"
                    + " ketik ulang sebagai teks");
        }

        boolean allDigits = digits.chars().allMatch(c -> c >= '0' && c <= '9');
        if (label == Label.NIK && parentNik != null && !parentNik.digits().isEmpty()
                && parentNik.digits().equals(digits)) {
            return new Nik(raw, digits, NikStatus.DUMMY, "NIK dummy: sama dengan NIK orang tua di baris yang sama");
        }
        if (allDigits && digits.length() == 16 && digits.endsWith("0000000000")
                && provinces.isKnownProvince(digits.substring(0, 2))) {
            return new Nik(raw, digits, NikStatus.DUMMY, label.name + " dummy: kode wilayah diikuti angka nol");
        }

        String invalid = invalidReason(digits, allDigits, label);
        if (invalid != null) {
            return new Nik(raw, digits, NikStatus.INVALID, label.name + " tidak valid: " + invalid);
        }
        if (label == Label.NIK) {
            String inconsistent = inconsistency(digits, dob, sex);
            if (inconsistent != null) {
                return new Nik(raw, digits, NikStatus.INCONSISTENT, "NIK tidak sesuai data: " + inconsistent);
            }
        }
        return new Nik(raw, digits, NikStatus.VALID, "");
    }

    private String invalidReason(String digits, boolean allDigits, Label label) {
        if (!allDigits) {
            return "mengandung karakter selain angka";
        }
        if (digits.length() != 16) {
            return "bukan 16 digit (" + digits.length() + " digit)";
        }
        if (digits.chars().distinct().count() == 1) {
            return "berisi satu angka berulang";
        }
        if (isRun(digits)) {
            return "berupa deret angka berurutan";
        }
        String province = digits.substring(0, 2);
        if (!provinces.isKnownProvince(province)) {
            return "kode provinsi " + province + " tidak dikenal";
        }
        String date = label == Label.NIK ? impossibleBirthDate(digits) : implausibleIssueDate(digits);
        if (date != null) {
            return date;
        }
        if (digits.endsWith("0000")) {
            return "nomor urut 0000";
        }
        return null;
    }

    /** Each digit one more (or each one less) than the previous, wrapping: 890123 and 210987. */
    private static boolean isRun(String digits) {
        boolean up = true;
        boolean down = true;
        for (int i = 1; i < digits.length(); i++) {
            int prev = digits.charAt(i - 1) - '0';
            int cur = digits.charAt(i) - '0';
            up &= cur == (prev + 1) % 10;
            down &= cur == (prev + 9) % 10;
        }
        return up || down;
    }

    private static String impossibleBirthDate(String digits) {
        int dd = number(digits, 6);
        int mm = number(digits, 8);
        int yy = number(digits, 10);
        String what = "tanggal lahir dalam NIK tidak mungkin: ";
        if (dd == 0 || (dd > 31 && dd < 41) || dd > 71) {
            return what + "hari " + two(dd);
        }
        if (mm == 0 || mm > 12) {
            return what + "bulan " + two(mm);
        }
        int day = dd > 40 ? dd - 40 : dd;
        if (day > daysIn(mm, yy)) {
            return what + two(day) + "-" + two(mm) + " tidak ada";
        }
        return null;
    }

    private static String implausibleIssueDate(String digits) {
        int dd = number(digits, 6);
        int mm = number(digits, 8);
        int yy = number(digits, 10);
        String what = "tanggal terbit dalam No KK tidak mungkin: ";
        if (dd == 0 || dd > 31) {
            return what + "hari " + two(dd);
        }
        if (mm == 0 || mm > 12) {
            return what + "bulan " + two(mm);
        }
        if (dd > daysIn(mm, yy)) {
            return what + two(dd) + "-" + two(mm) + " tidak ada";
        }
        return null;
    }

    /** Days of a month for a two-digit year: 29 February whenever {@code yy % 4 == 0}. */
    private static int daysIn(int month, int yy) {
        return switch (month) {
            case 2 -> yy % 4 == 0 ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    private static String inconsistency(String digits, LocalDate dob, Sex sex) {
        int dd = number(digits, 6);
        int mm = number(digits, 8);
        int yy = number(digits, 10);
        boolean female = dd > 40;
        int day = female ? dd - 40 : dd;
        List<String> problems = new ArrayList<>(2);
        if (dob != null && (dob.getDayOfMonth() != day || dob.getMonthValue() != mm || dob.getYear() % 100 != yy)) {
            problems.add("tanggal lahir dalam NIK (" + two(day) + "-" + two(mm) + "-" + two(yy)
                    + ") berbeda dengan tanggal lahir (" + two(dob.getDayOfMonth()) + "-"
                    + two(dob.getMonthValue()) + "-" + dob.getYear() + ")");
        }
        Sex encoded = female ? Sex.P : Sex.L;
        if (sex != null && sex != encoded) {
            problems.add("jenis kelamin dalam NIK (" + encoded.label().toLowerCase(Locale.ROOT) + ") berbeda dengan jenis kelamin ("
                    + sex.label().toLowerCase(Locale.ROOT) + ")");
        }
        return problems.isEmpty() ? null : String.join("; ", problems);
    }

    private static int number(String digits, int from) {
        return Integer.parseInt(digits.substring(from, from + 2));
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private static boolean onlyDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static String stripApostrophe(String text) {
        int i = 0;
        while (i < text.length() && APOSTROPHES.indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return text.substring(i).trim();
    }

    private enum Label {
        NIK("NIK"), KK("No KK");

        private final String name;

        Label(String name) {
            this.name = name;
        }
    }
}
