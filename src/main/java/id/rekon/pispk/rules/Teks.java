package id.rekon.pispk.rules;

import id.rekon.pispk.model.Jawaban;
import id.rekon.pispk.model.PesertaPcare;
import id.rekon.pispk.model.Sex;
import id.rekon.pispk.model.TanggalTeks;

import java.time.LocalDate;
import java.util.Locale;

/** Short Indonesian wording of values for the finding columns; one place so every rule says it alike. */
final class Teks {

    private Teks() {
    }

    /** {@code 05 Okt 2026}: the same form as the date cells beside the text, never ISO. */
    static String tanggal(LocalDate d) {
        return d == null ? "tidak diketahui" : TanggalTeks.of(d);
    }

    /** {@code Y}, {@code T}, {@code N}, or {@code kosong} for a blank answer. */
    static String jawaban(Jawaban j) {
        return j == null ? "kosong" : j.name();
    }

    static String yaTidak(Boolean b) {
        return b == null ? "kosong" : b ? "Ya" : "Tidak";
    }

    static String jenisKelamin(Sex s) {
        return s == null ? "tidak diketahui" : s.label();
    }

    /** {@code AKTIF (PBI APBN)}, {@code TIDAK AKTIF (PBI APBD)}: the status as PCare wrote it, with the segment. */
    static String statusPcare(PesertaPcare p) {
        String status = p.statusAsli() == null || p.statusAsli().isBlank()
                ? (p.aktif() ? "AKTIF" : "TIDAK AKTIF")
                : p.statusAsli().trim().toUpperCase(Locale.ROOT);
        return p.jenisPeserta() == null || p.jenisPeserta().isBlank() ? status
                : status + " (" + p.jenisPeserta().trim() + ")";
    }

    /** {@code No Kartu 0001234567890, PPK 0123B456 PUSKESMAS OEBOBO}. */
    static String kartuPcare(PesertaPcare p) {
        StringBuilder sb = new StringBuilder("No Kartu ").append(atau(p.noKartu(), "?"));
        if (p.kodePpk() != null && !p.kodePpk().isBlank()) {
            sb.append(", PPK ").append(p.kodePpk().trim());
            if (p.namaPpk() != null && !p.namaPpk().isBlank()) {
                sb.append(' ').append(p.namaPpk().trim());
            }
        }
        return sb.toString();
    }

    /** {@code Posyandu Melati}, not {@code Posyandu Posyandu Melati}. */
    static String posyandu(String nama) {
        String n = nama.trim();
        return n.toUpperCase(Locale.ROOT).startsWith("POSYANDU") ? n : "Posyandu " + n;
    }

    static String atau(String s, String kalauKosong) {
        return s == null || s.isBlank() ? kalauKosong : s.trim();
    }

    /** Two decimals with the Indonesian decimal comma: {@code 0,93}. */
    static String angka(double d) {
        return String.format(Locale.ROOT, "%.2f", d).replace('.', ',');
    }
}
