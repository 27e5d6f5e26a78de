package id.rekon.pispk.source;

import id.rekon.pispk.model.CellValue;

import id.rekon.pispk.model.PersonalData;
import id.rekon.pispk.model.SourceKind;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The operator-facing (Indonesian) messages about whole files: each names the file, says what is
 * wrong and what to do. Cell content is never quoted: the "best candidate" header shown for an
 * unrecognised file is often a data row (an export without its header), so only the known column
 * names it holds are named. File names go through {@link PersonalData#mask} (a name may hold a NIK
 * or a line break).
 */
final class SourceMessages {

    private static final int MAX_HEADERS_SHOWN = 40;
    /** Every kind as the "not recognised" message lists them, e.g. {@code PIS-PK keluarga/anggota, ..., KUA}. */
    private static final String KINDS_LISTED = SourceKinds.all().stream().map(SourceDefinition::listedAs)
            .distinct().collect(Collectors.joining(", "));

    private SourceMessages() {
    }

    /** A file name as messages show it: quoted, masked, on one line. */
    private static String quoted(String file) {
        return "\"" + PersonalData.mask(file) + "\"";
    }

    static String kindLabel(SourceKind kind) {
        return SourceKinds.of(kind).label();
    }

    static String unreadable(String file, FileFormat format) {
        return "Berkas " + quoted(file) + " tidak dapat dibaca: isinya rusak atau bukan berkas "
                + format.label() + " yang sah. Buka berkas itu di aplikasi asalnya atau di Excel, "
                + "simpan ulang (atau ekspor ulang), lalu taruh kembali di folder inbox.";
    }

    static String cannotOpen(String file) {
        return "Berkas " + quoted(file) + " tidak dapat dibuka (hilang, sedang dipakai aplikasi lain, atau tidak ada "
                + "izin membacanya). Tutup berkas itu di aplikasi lain dan periksa izinnya, lalu jalankan lagi.";
    }

    static String encrypted(String file) {
        return "Berkas " + quoted(file) + " dilindungi kata sandi sehingga tidak dapat dibaca. "
                + "Simpan ulang tanpa kata sandi, lalu taruh kembali di folder inbox.";
    }

    static String empty(String file) {
        return "Berkas " + quoted(file) + " kosong: tidak ada baris judul kolom maupun data. "
                + "Periksa apakah ekspornya berhasil, lalu ekspor ulang.";
    }

    static String unrecognised(String file, RawRow candidate) {
        return "Berkas " + quoted(file) + " tidak dikenali: judul kolomnya tidak cocok dengan jenis data "
                + "mana pun (" + KINDS_LISTED + "). Judul kolom yang ditemukan" + where(candidate) + ": " + headers(candidate)
                + ". Pastikan berkas ini ekspor asli dari aplikasinya dan baris judul kolomnya tidak "
                + "diubah atau dihapus.";
    }

    static String missingColumns(String file, SourceKind kind, List<SourceColumn> missing) {
        // One entry per header (the raw survei's two "Kode Keluarga" columns are one), with the
        // other accepted spellings so the operator can match what the export calls it.
        Set<String> names = new LinkedHashSet<>();
        for (SourceColumn column : missing) {
            List<String> others = column.aliases().stream().filter(a -> !a.equals(column.header())).toList();
            names.add("\"" + column.header() + "\"" + (others.isEmpty() ? ""
                    : " (atau " + others.stream().map(a -> "\"" + a + "\"").collect(Collectors.joining(", ")) + ")"));
        }
        String list = String.join("; ", names);
        return "Berkas " + quoted(file) + " dikenali sebagai " + kindLabel(kind) + ", tetapi kolom wajib "
                + "tidak ada: " + list + ". Tambahkan kolom itu dengan judul yang benar atau ekspor "
                + "ulang dari aplikasinya, lalu jalankan lagi.";
    }

    static String brokenAfter(String file, long lastRow) {
        return "Berkas " + quoted(file) + " rusak setelah baris " + lastRow + ": sisa isinya tidak dapat "
                + "dibaca. Baris sesudahnya tidak diproses. Simpan ulang atau ekspor ulang berkas itu, "
                + "lalu jalankan lagi.";
    }

    static String beyondLimit(String file, String limit) {
        return "Berkas " + quoted(file) + " melampaui batas yang aman untuk dibaca (" + limit + "), jadi tidak "
                + "dipakai (baris yang sudah terbaca tetap disimpan). Berkas ini bukan ekspor biasa: ekspor ulang "
                + "dari aplikasinya, lalu taruh kembali di folder inbox.";
    }

    static String tooSlow(String file, long lastRow) {
        return "Berkas " + quoted(file) + " terlalu lama dibaca (lebih dari " + ReadLimits.timePerFile().toMinutes()
                + " menit, berhenti setelah baris " + lastRow + "), jadi sisanya tidak dipakai. Periksa apakah "
                + "berkas ini ekspor biasa, ekspor ulang, lalu jalankan lagi.";
    }

    static String tooLarge(String file, long lastRow) {
        return "Berkas " + quoted(file) + " terlalu besar atau terlalu rumit untuk dibaca"
                + (lastRow > 0 ? " (berhenti setelah baris " + lastRow + ")" : "") + ", jadi tidak dipakai. "
                + "Ekspor ulang dari aplikasinya (tanpa lembar atau sel kosong berlebihan), lalu taruh kembali di "
                + "folder inbox.";
    }

    private static String where(RawRow candidate) {
        if (candidate == null) {
            return "";
        }
        return candidate.rowNumber() == 0 ? " (kunci objek JSON pertama)"
                : " (baris " + candidate.rowNumber() + ")";
    }

    /**
     * What the best candidate row holds, without ever quoting it: when the header row is missing, the
     * candidate is a data row (names, birth dates, NIKs). Only cells that are one of our known column
     * names are named, in our own spelling; the others are only counted.
     */
    private static String headers(RawRow candidate) {
        if (candidate == null) {
            return "tidak ada";
        }
        Set<String> known = new LinkedHashSet<>();
        int others = 0;
        for (CellValue cell : candidate.cells()) {
            if (cell.isBlank()) {
                continue;
            }
            String column = knownColumn(HeaderKey.of(cell.text()));
            if (column != null) {
                known.add("\"" + column + "\"");
            } else {
                others++;
            }
        }
        if (known.isEmpty() && others == 0) {
            return "tidak ada";
        }
        String shown = known.stream().limit(MAX_HEADERS_SHOWN).collect(Collectors.joining(", "));
        String rest = others == 0 ? "" : others + " kolom lain yang tidak dikenal (isinya tidak ditampilkan karena bisa "
                + "berupa data pribadi)";
        return shown.isEmpty() ? rest : rest.isEmpty() ? shown : shown + " dan " + rest;
    }

    private static String knownColumn(String key) {
        if (key.isEmpty()) {
            return null;
        }
        for (SourceDefinition definition : SourceKinds.all()) {
            for (SourceColumn column : definition.columns()) {
                if (KindColumns.matches(column, key)) {
                    return column.header();
                }
            }
        }
        return null;
    }
}
