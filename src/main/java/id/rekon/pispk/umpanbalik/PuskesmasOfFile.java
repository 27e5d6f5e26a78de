package id.rekon.pispk.umpanbalik;

import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which puskesmas a returned workbook speaks for. Two witnesses, both written by the job: the file
 * name ({@code <Kode> <Nama>.xlsx}; a team may add words, e.g. {@code "P5302010101 Soe - diisi.xlsx"})
 * and the {@code Puskesmas} line of the {@code Ringkasan} sheet ({@code "<Kode> <Nama>"}). Each
 * counts only when it holds a known puskesmas code as a whole word (bounded by anything other than
 * a letter or digit). The file is taken when the witnesses that count name one puskesmas; it is
 * refused when they name two (a workbook of one puskesmas renamed for another) or none.
 *
 * <p>Deciding the file's puskesmas is only the first gate: every row's {@code ID Temuan} must also
 * belong to that puskesmas in the history ({@link FeedbackCheck}). Pure and thread-safe.
 */
public final class PuskesmasOfFile {

    private PuskesmasOfFile() {
    }

    /**
     * @param kode    the puskesmas the file speaks for, or {@code null} when refused
     * @param masalah why it was refused (Indonesian, for the report), or {@code null}
     */
    public record Keputusan(String kode, String masalah) {

        public boolean diterima() {
            return kode != null;
        }
    }

    /**
     * @param fileName   the file's name, extension included
     * @param ringkasan  the Ringkasan sheet's {@code Puskesmas} value, or {@code null}
     * @param knownCodes codes of the job's puskesmas (region master and history owners)
     */
    public static Keputusan decide(String fileName, String ringkasan, Collection<String> knownCodes) {
        Objects.requireNonNull(fileName, "fileName");
        String base = fileName.replaceFirst("(?i)\\.xlsx$", "");
        Set<String> fromName = codesIn(base, knownCodes);
        Set<String> fromSheet = ringkasan == null ? Set.of() : codesIn(ringkasan, knownCodes);
        if (fromName.size() > 1) {
            return new Keputusan(null, "Nama berkas menyebut lebih dari satu puskesmas (" + String.join(", ", fromName)
                    + "); berkas tidak dipakai.");
        }
        if (fromSheet.size() > 1) {
            return new Keputusan(null, "Lembar Ringkasan menyebut lebih dari satu puskesmas ("
                    + String.join(", ", fromSheet) + "); berkas tidak dipakai.");
        }
        if (!fromName.isEmpty() && !fromSheet.isEmpty() && !fromName.equals(fromSheet)) {
            return new Keputusan(null, "Nama berkas menyebut puskesmas " + fromName.iterator().next()
                    + " tetapi lembar Ringkasan menyebut puskesmas " + fromSheet.iterator().next()
                    + ": ini buku kerja puskesmas lain; berkas tidak dipakai.");
        }
        if (fromName.isEmpty() && fromSheet.isEmpty()) {
            return new Keputusan(null, "Puskesmas berkas ini tidak dapat ditentukan: nama berkas dan lembar Ringkasan "
                    + "tidak menyebut kode puskesmas yang dikenal. Kirim kembali buku kerja hasil rekon-pispk "
                    + "(nama \"<Kode> <Nama>.xlsx\"); berkas tidak dipakai.");
        }
        return new Keputusan(fromName.isEmpty() ? fromSheet.iterator().next() : fromName.iterator().next(), null);
    }

    private static Set<String> codesIn(String text, Collection<String> knownCodes) {
        Set<String> found = new TreeSet<>();
        String upper = text.toUpperCase(Locale.ROOT);
        for (String code : knownCodes) {
            if (code == null || code.isBlank()) {
                continue;
            }
            String c = code.trim().toUpperCase(Locale.ROOT);
            for (int at = upper.indexOf(c); at >= 0; at = upper.indexOf(c, at + 1)) {
                boolean startsWord = at == 0 || !Character.isLetterOrDigit(upper.charAt(at - 1));
                int end = at + c.length();
                boolean endsWord = end == upper.length() || !Character.isLetterOrDigit(upper.charAt(end));
                if (startsWord && endsWord) {
                    found.add(code.trim());
                    break;
                }
            }
        }
        return found;
    }
}
