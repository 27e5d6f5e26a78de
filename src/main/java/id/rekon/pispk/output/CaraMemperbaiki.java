package id.rekon.pispk.output;

import java.util.Locale;

/**
 * How to fix a rejected row, in Indonesian, from its reason: the row is fixed in the application
 * that exported it (PIS-PK, e-PPGBM, PCare, SIMKAH), never in the export, so the next export is
 * right too. The reasons come from the row mappers ({@code <kolom> kosong}, {@code <kolom> tidak
 * dapat dibaca: ...}); anything else gets the general advice.
 */
public final class CaraMemperbaiki {

    private static final String SUMBER = " di aplikasi sumbernya, lalu ekspor ulang; baris lain sudah diproses.";

    private CaraMemperbaiki() {
    }

    public static String of(String alasan) {
        String a = alasan == null ? "" : alasan.toLowerCase(Locale.ROOT);
        if ((a.contains("tidak dapat dibaca") || a.contains("tidak terbaca")) && (a.contains("tanggal") || a.contains("tgl") || a.contains("lahir"))) {
            return "Tulis tanggal yang benar (mis. 05/10/2026) pada kolom yang disebut" + SUMBER;
        }
        if (a.contains("kosong")) {
            return "Isi kolom yang disebut kosong" + SUMBER;
        }
        if (a.contains("nik")) {
            return "Periksa NIK pada KK/KTP dan perbaiki" + SUMBER;
        }
        if (a.contains("tidak dapat dibaca") || a.contains("tidak dikenal")) {
            return "Perbaiki isian kolom yang disebut sesuai pilihan aplikasinya" + SUMBER;
        }
        return "Perbaiki baris ini sesuai alasannya" + SUMBER;
    }
}
