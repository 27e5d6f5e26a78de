package id.rekon.pispk.source;

import id.rekon.pispk.model.Nik;
import id.rekon.pispk.model.SourceKind;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The operator-facing (Indonesian) messages about whole files: each names the file, says what is
 * wrong and what to do. Header texts are quoted, but long digit runs in them are masked in case the
 * "best candidate" row shown for an unrecognised file is really a data row holding a NIK.
 */
final class SourceMessages {

    private static final int MAX_HEADERS_SHOWN = 40;
    private static final Pattern LONG_DIGITS = Pattern.compile("\\d{8,}");

    private SourceMessages() {
    }

    static String kindLabel(SourceKind kind) {
        return switch (kind) {
            case PISPK_KELUARGA -> "data keluarga PIS-PK (pispk-keluarga)";
            case PISPK_ANGGOTA -> "data anggota keluarga PIS-PK (pispk-anggota)";
            case PISPK_RAW_SURVEI -> "Raw Data Survei aplikasi Keluarga Sehat (pispk-raw-survei)";
            case EPPGBM -> "data pengukuran balita e-PPGBM (eppgbm)";
            case PCARE -> "data peserta PCare BPJS Kesehatan (pcare)";
            case KUA -> "data pendaftaran nikah KUA/SIMKAH (kua)";
            case REGION_MASTER -> "master wilayah kerja puskesmas (region-master)";
        };
    }

    static String unreadable(String file, FileFormat format) {
        return "Berkas \"" + file + "\" tidak dapat dibaca: isinya rusak atau bukan berkas "
                + format.label() + " yang sah. Buka berkas itu di aplikasi asalnya atau di Excel, "
                + "simpan ulang (atau ekspor ulang), lalu taruh kembali di folder inbox.";
    }

    static String cannotOpen(String file) {
        return "Berkas \"" + file + "\" tidak dapat dibuka (hilang, sedang dipakai aplikasi lain, atau tidak ada "
                + "izin membacanya). Tutup berkas itu di aplikasi lain dan periksa izinnya, lalu jalankan lagi.";
    }

    static String encrypted(String file) {
        return "Berkas \"" + file + "\" dilindungi kata sandi sehingga tidak dapat dibaca. "
                + "Simpan ulang tanpa kata sandi, lalu taruh kembali di folder inbox.";
    }

    static String empty(String file) {
        return "Berkas \"" + file + "\" kosong: tidak ada baris judul kolom maupun data. "
                + "Periksa apakah ekspornya berhasil, lalu ekspor ulang.";
    }

    static String unrecognised(String file, RawRow candidate) {
        return "Berkas \"" + file + "\" tidak dikenali: judul kolomnya tidak cocok dengan jenis data "
                + "mana pun (PIS-PK keluarga/anggota, Raw Data Survei, e-PPGBM, PCare, KUA, master "
                + "wilayah). Judul kolom yang ditemukan" + where(candidate) + ": " + headers(candidate)
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
        return "Berkas \"" + file + "\" dikenali sebagai " + kindLabel(kind) + ", tetapi kolom wajib "
                + "tidak ada: " + list + ". Tambahkan kolom itu dengan judul yang benar atau ekspor "
                + "ulang dari aplikasinya, lalu jalankan lagi.";
    }

    static String brokenAfter(String file, long lastRow) {
        return "Berkas \"" + file + "\" rusak setelah baris " + lastRow + ": sisa isinya tidak dapat "
                + "dibaca. Baris sesudahnya tidak diproses. Simpan ulang atau ekspor ulang berkas itu, "
                + "lalu jalankan lagi.";
    }

    static String beyondLimit(String file, String limit) {
        return "Berkas \"" + file + "\" melampaui batas yang aman untuk dibaca (" + limit + "), jadi tidak "
                + "dipakai (baris yang sudah terbaca tetap disimpan). Berkas ini bukan ekspor biasa: ekspor ulang "
                + "dari aplikasinya, lalu taruh kembali di folder inbox.";
    }

    static String tooSlow(String file, long lastRow) {
        return "Berkas \"" + file + "\" terlalu lama dibaca (lebih dari " + ReadLimits.timePerFile().toMinutes()
                + " menit, berhenti setelah baris " + lastRow + "), jadi sisanya tidak dipakai. Periksa apakah "
                + "berkas ini ekspor biasa, ekspor ulang, lalu jalankan lagi.";
    }

    static String tooLarge(String file, long lastRow) {
        return "Berkas \"" + file + "\" terlalu besar atau terlalu rumit untuk dibaca"
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

    private static String headers(RawRow candidate) {
        if (candidate == null) {
            return "tidak ada";
        }
        List<String> texts = candidate.cells().stream().map(CellValue::text).map(String::trim)
                .filter(t -> !t.isEmpty()).toList();
        if (texts.isEmpty()) {
            return "tidak ada";
        }
        String shown = texts.stream().limit(MAX_HEADERS_SHOWN).map(t -> "\"" + maskDigits(t) + "\"")
                .collect(Collectors.joining(", "));
        return texts.size() > MAX_HEADERS_SHOWN
                ? shown + " dan " + (texts.size() - MAX_HEADERS_SHOWN) + " kolom lain" : shown;
    }

    private static String maskDigits(String text) {
        Matcher m = LONG_DIGITS.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(Nik.mask(m.group())));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
