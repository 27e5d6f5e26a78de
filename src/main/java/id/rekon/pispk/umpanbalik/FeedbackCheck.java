package id.rekon.pispk.umpanbalik;

import id.rekon.pispk.model.RuleCode;
import id.rekon.pispk.output.TindakLanjut;
import id.rekon.pispk.store.KeputusanPasangan;
import id.rekon.pispk.store.TemuanDikenal;
import id.rekon.pispk.store.UmpanBalik;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides what is taken from one returned row (docs/riwayat.md, "Safety rules").
 *
 * <p>A team changed a row when its {@code Tindak Lanjut} or {@code Catatan} differs from what the
 * returned workbook showed when the job wrote it ({@code printed}: the feedback held on that
 * workbook's run date). Only what the team changed is taken, each of the two cells on its own, over
 * what the job holds now ({@code current}): so an old copy returned late never undoes later work on
 * the rows nobody touched in it, and two people returning copies of the same workbook with
 * different cells changed both keep their work.
 * <ol>
 *   <li>a row the team did not change is {@link Hasil#TIDAK_BERUBAH}, and so is a change the job
 *       already holds: nothing to store, so nothing else is checked;</li>
 *   <li>a row without {@code ID Temuan}, an id the job's history never saw, an id that belongs to
 *       another puskesmas than the file's, and a row whose {@link IdentityColumn}s differ from the
 *       finding are {@link Hasil#DITOLAK}: nothing of it is stored;</li>
 *   <li>a {@code Tindak Lanjut} that is not one of the dropdown's choices is never stored: a changed
 *       {@code Catatan} of the row is still taken ({@link Hasil#SEBAGIAN}, the held
 *       {@code Tindak Lanjut} stays), else the row is {@link Hasil#DITOLAK};</li>
 *   <li>otherwise the changed cells are taken ({@link Hasil#DITERIMA}).</li>
 * </ol>
 * A blank {@code Tindak Lanjut} means {@code Belum}, as the workbook writes it; choices are matched
 * ignoring case and repeated spaces. The choices are the row's rule's ({@link TindakLanjut#labels(RuleCode)}):
 * a MATCH-01 row takes {@code Belum}, {@code Orang yang sama} and {@code Bukan orang yang sama} only,
 * every other row the five visit and update choices. A value the returned workbook already showed
 * (a choice of an older list, kept by an earlier version) counts as unchanged, not as a wrong choice.
 * When a MATCH-01 row's choice is taken and differs from what is held, the verdict also carries the
 * pair decision ({@link KeputusanPasangan}) for the matcher. Pure and thread-safe.
 */
public final class FeedbackCheck {

    /** What an id holds before any feedback: the workbook shows {@code Belum} and an empty note. */
    private static final String BELUM = TindakLanjut.BELUM.label();

    /**
     * @param row           the returned row
     * @param kodePuskesmas the puskesmas the file speaks for ({@link PuskesmasOfFile})
     * @param fileName      the file's name, stored with the feedback
     * @param known         the finding as the history knows it, empty when unknown
     * @param printed       the id's feedback the returned workbook showed when written, empty when none
     * @param current       the id's feedback held now, empty when none
     */
    public Verdict check(ReturnedRow row, String kodePuskesmas, String fileName, Optional<TemuanDikenal> known,
                         Optional<UmpanBalik> printed, Optional<UmpanBalik> current) {
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(kodePuskesmas, "kodePuskesmas");
        String shownTindakLanjut = printed.map(UmpanBalik::tindakLanjut).orElse(BELUM);
        String shownCatatan = printed.map(UmpanBalik::catatan).orElse("");
        String heldTindakLanjut = current.map(UmpanBalik::tindakLanjut).orElse(BELUM);
        String heldCatatan = current.map(UmpanBalik::catatan).orElse("");
        boolean pasangan = RuleCode.MATCH_01.code().equals(row.identitas().get(IdentityColumn.KODE_ATURAN).text().trim());
        List<String> choices = TindakLanjut.labels(pasangan ? RuleCode.MATCH_01 : null);
        Optional<String> pilihan = pilihan(row.tindakLanjut(), choices);
        if (pilihan.isEmpty() && sameChoice(row.tindakLanjut(), shownTindakLanjut)) {
            pilihan = Optional.of(shownTindakLanjut);
        }
        boolean tindakLanjutChanged = pilihan.isEmpty() || !pilihan.get().equals(shownTindakLanjut);
        boolean catatanChanged = !row.catatan().equals(shownCatatan);
        if (!tindakLanjutChanged && !catatanChanged) {
            return new Verdict(Hasil.TIDAK_BERUBAH, "", Optional.empty());
        }
        String newTindakLanjut = tindakLanjutChanged && pilihan.isPresent() ? pilihan.get() : heldTindakLanjut;
        String newCatatan = catatanChanged ? row.catatan() : heldCatatan;
        boolean nothingNew = newTindakLanjut.equals(heldTindakLanjut) && newCatatan.equals(heldCatatan);
        if (nothingNew && pilihan.isPresent()) {
            return new Verdict(Hasil.TIDAK_BERUBAH, "", Optional.empty());
        }
        if (row.idTemuan().isEmpty()) {
            return Verdict.ditolak("Baris tanpa ID Temuan: Tindak Lanjut dan Catatan tidak dapat dipasangkan ke temuan.");
        }
        if (known.isEmpty()) {
            return Verdict.ditolak("ID Temuan ini tidak dikenal di riwayat job ini; baris tidak dipakai.");
        }
        String owner = known.get().kodePuskesmas();
        if (owner == null || !owner.trim().equals(kodePuskesmas.trim())) {
            return Verdict.ditolak("ID Temuan ini milik " + (owner == null ? "temuan tanpa puskesmas" : "puskesmas " + owner)
                    + ", bukan puskesmas berkas ini (" + kodePuskesmas + "); baris tidak dipakai.");
        }
        List<String> changed = new ArrayList<>();
        for (IdentityColumn c : IdentityColumn.values()) {
            if (!c.matches(row.identitas().get(c), known.get().temuan())) {
                changed.add(c.header());
            }
        }
        if (!changed.isEmpty()) {
            return Verdict.ditolak("Kolom " + String.join(", ", changed) + " berbeda dari temuan dengan ID ini"
                    + (known.get().versiBerkas() ? "" : " (menurut riwayat terakhir)")
                    + ": baris diubah, atau tergeser saat diurutkan. Tindak Lanjut dan Catatan baris ini tidak dipakai;"
                    + " perbaikan data dilakukan di aplikasi sumbernya, bukan di buku kerja ini.");
        }
        if (pilihan.isEmpty()) {
            String bukanPilihan = pasangan
                    ? "Isian Tindak Lanjut tidak ada di daftar pilihan MATCH-01 (" + String.join(", ", choices) + ")"
                    : pilihan(row.tindakLanjut(), TindakLanjut.labels(RuleCode.MATCH_01)).isPresent()
                    ? "Isian Tindak Lanjut ini hanya untuk baris MATCH-01, tidak ada di daftar pilihan temuan ini"
                    : "Isian Tindak Lanjut tidak ada di daftar pilihan";
            if (nothingNew) {
                return Verdict.ditolak(bukanPilihan + "; baris tidak dipakai. Pilih salah satu isian dari daftar.");
            }
            return new Verdict(Hasil.SEBAGIAN, bukanPilihan + "; Catatan disimpan, Tindak Lanjut tetap \""
                    + heldTindakLanjut + "\". Pilih salah satu isian dari daftar.",
                    Optional.of(new UmpanBalik(row.idTemuan(), kodePuskesmas, heldTindakLanjut, newCatatan, fileName)));
        }
        UmpanBalik simpan = new UmpanBalik(row.idTemuan(), kodePuskesmas, newTindakLanjut, newCatatan, fileName);
        String subjek = known.get().temuan().subjek();
        if (known.get().temuan().kodeAturan() != RuleCode.MATCH_01 || newTindakLanjut.equals(heldTindakLanjut)
                || subjek == null || subjek.isBlank()) {
            return new Verdict(Hasil.DITERIMA, "", Optional.of(simpan));
        }
        KeputusanPasangan.Keputusan k = keputusan(newTindakLanjut);
        return new Verdict(Hasil.DITERIMA, PENJELASAN.get(k), Optional.of(simpan), Optional.of(
                new KeputusanPasangan(row.idTemuan(), kodePuskesmas, subjek, k, fileName)));
    }

    /** What the report says of a MATCH-01 decision taken: what it will do. */
    private static final Map<KeputusanPasangan.Keputusan, String> PENJELASAN = Map.of(
            KeputusanPasangan.Keputusan.BUKAN, "Keputusan disimpan: bukan orang yang sama. Pasangan ini tidak "
                    + "diusulkan lagi; kedua catatan dinilai masing-masing.",
            KeputusanPasangan.Keputusan.SAMA, "Keputusan disimpan: orang yang sama. Pasangan tetap tampil sampai NIK "
                    + "diperbaiki di aplikasi sumbernya.",
            KeputusanPasangan.Keputusan.BELUM, "Keputusan sebelumnya dibatalkan (Belum): pasangan ini dapat "
                    + "diusulkan lagi.");

    /** The decision a MATCH-01 choice stands for; {@code Belum} takes an earlier one back. */
    static KeputusanPasangan.Keputusan keputusan(String label) {
        if (label.equals(TindakLanjut.BUKAN_ORANG_SAMA.label())) {
            return KeputusanPasangan.Keputusan.BUKAN;
        }
        return label.equals(TindakLanjut.ORANG_SAMA.label()) ? KeputusanPasangan.Keputusan.SAMA
                : KeputusanPasangan.Keputusan.BELUM;
    }

    /** Whether {@code typed} is {@code shown}, ignoring case and repeated spaces (blank is {@code Belum}). */
    private static boolean sameChoice(String typed, String shown) {
        String t = typed == null ? "" : typed.trim().replaceAll("\\s+", " ");
        return (t.isEmpty() ? BELUM : t).equalsIgnoreCase(shown.trim().replaceAll("\\s+", " "));
    }

    /** The label of the other findings' dropdown {@code typed} stands for; see {@link #pilihan(String, List)}. */
    static Optional<String> pilihan(String typed) {
        return pilihan(typed, TindakLanjut.labels());
    }

    /** The label of {@code choices} {@code typed} stands for: blank is {@code Belum}; empty when it is none. */
    static Optional<String> pilihan(String typed, List<String> choices) {
        String t = typed == null ? "" : typed.trim().replaceAll("\\s+", " ");
        if (t.isEmpty()) {
            return Optional.of(BELUM);
        }
        for (String label : choices) {
            if (label.toLowerCase(Locale.ROOT).equals(t.toLowerCase(Locale.ROOT))) {
                return Optional.of(label);
            }
        }
        return Optional.empty();
    }
}
