package id.rekon.pispk.model;

/**
 * The rule codes of the reconciliation spec. Codes are stable: outputs, tests and history use them.
 * Each carries its direction, a short Indonesian title, the recommended follow-up (who acts,
 * what they check, what they update) and the source program it compares against.
 */
public enum RuleCode {
    JKN_01("JKN-01", RuleFamily.JKN, Arah.PISPK_PLUS, Sumber.PCARE,
            "Punya kartu JKN menurut PIS-PK, tetapi tidak ada/tidak aktif di PCare",
            "Pemegang program JKN: cek peserta di PCare berdasarkan NIK; bila tidak aktif, bantu keluarga "
                    + "mengaktifkan kembali; pastikan kartu sampai ke keluarga; perbarui data program."),
    JKN_02("JKN-02", RuleFamily.JKN, Arah.PISPK_MINUS, Sumber.PCARE,
            "Tidak punya kartu JKN menurut PIS-PK, tetapi peserta AKTIF di PCare",
            "Tim Pembina Keluarga: kunjungi keluarga, tunjukkan nomor kartu JKN yang aktif, lalu perbarui "
                    + "jawaban Kartu JKN di PIS-PK."),
    TUMBUH_01("TUMBUH-01", RuleFamily.PERTUMBUHAN, Arah.PISPK_PLUS, Sumber.EPPGBM,
            "Ditimbang bulan lalu menurut PIS-PK, tetapi tidak ada pengukuran di e-PPGBM",
            "Pemegang program gizi: cek register posyandu dan e-PPGBM; bila anak memang ditimbang, "
                    + "entri pengukurannya di e-PPGBM; bila tidak, ajak anak ke posyandu."),
    TUMBUH_02("TUMBUH-02", RuleFamily.PERTUMBUHAN, Arah.PISPK_MINUS, Sumber.EPPGBM,
            "Tidak ditimbang menurut PIS-PK, tetapi ada pengukuran di e-PPGBM",
            "Tim Pembina Keluarga: cek ulang jawaban pemantauan pertumbuhan bersama keluarga dan "
                    + "perbarui PIS-PK sesuai pengukuran e-PPGBM."),
    BALITA_01("BALITA-01", RuleFamily.BALITA, Arah.PISPK_MINUS, Sumber.EPPGBM,
            "Balita ada di e-PPGBM, tetapi tidak ditemukan di PIS-PK",
            "Tim Pembina Keluarga: cari keluarga balita ini, kunjungi bila belum didata, dan tambahkan "
                    + "balita sebagai anggota keluarga di PIS-PK."),
    BALITA_02("BALITA-02", RuleFamily.BALITA, Arah.PISPK_PLUS, Sumber.EPPGBM,
            "Balita ada di PIS-PK, tetapi tidak ada di e-PPGBM",
            "Pemegang program gizi: cek sasaran balita di posyandu; daftarkan dan ukur balita ini "
                    + "di e-PPGBM."),
    ASI_01("ASI-01", RuleFamily.ASI, Arah.PISPK_PLUS, Sumber.EPPGBM,
            "ASI eksklusif menurut PIS-PK, tetapi e-PPGBM mencatat tidak eksklusif",
            "Pemegang program gizi: konfirmasi riwayat ASI eksklusif dengan ibu dan perbarui e-PPGBM "
                    + "bila perlu."),
    ASI_02("ASI-02", RuleFamily.ASI, Arah.PISPK_MINUS, Sumber.EPPGBM,
            "Tidak ASI eksklusif menurut PIS-PK, tetapi e-PPGBM mencatat eksklusif",
            "Tim Pembina Keluarga: konfirmasi riwayat ASI eksklusif dengan ibu dan perbarui PIS-PK."),
    HT_01("HT-01", RuleFamily.HIPERTENSI, Arah.PISPK_PLUS, Sumber.PCARE,
            "Berobat hipertensi teratur menurut PIS-PK, tetapi bukan peserta Prolanis HT di PCare",
            "Pemegang program PTM: cek apakah penderita memenuhi kriteria Prolanis dan daftarkan di PCare; "
                    + "pastikan pengobatan tercatat."),
    HT_02("HT-02", RuleFamily.HIPERTENSI, Arah.PISPK_MINUS, Sumber.PCARE,
            "Peserta Prolanis HT di PCare, tetapi PIS-PK tidak mencatat berobat hipertensi teratur",
            "Tim Pembina Keluarga: kunjungi dan tanyakan pengobatan hipertensi; perbarui jawaban "
                    + "hipertensi di PIS-PK."),
    KUA_01("KUA-01", RuleFamily.KUA, Arah.PISPK_MINUS, Sumber.KUA,
            "Sudah menikah menurut KUA, tetapi berstatus Belum Kawin di PIS-PK",
            "Tim Pembina Keluarga: kunjungi pasangan dan perbarui status perkawinan (dan susunan "
                    + "keluarga) di PIS-PK."),
    KUA_02("KUA-02", RuleFamily.KUA, Arah.PISPK_MINUS, Sumber.KUA,
            "Pasangan menikah di KUA, tetapi tidak satu pun ditemukan di PIS-PK",
            "Tim Pembina Keluarga: cari tempat tinggal pasangan, kunjungi, dan data sebagai keluarga "
                    + "di PIS-PK."),
    KUA_03("KUA-03", RuleFamily.KUA, Arah.SASARAN, Sumber.KUA,
            "Calon pengantin terdaftar di KUA, akad dalam 90 hari",
            "Pemegang program kesehatan reproduksi/gizi: dampingi calon pengantin (pemeriksaan "
                    + "kesehatan catin, TTD, edukasi pencegahan stunting) sebelum akad."),
    DEMO_01("DEMO-01", RuleFamily.IDENTITAS, Arah.IDENTITAS, null,
            "NIK sama, tanggal lahir berbeda antar sumber",
            "Cocokkan tanggal lahir dengan KK/akta; perbaiki sumber yang salah (PIS-PK oleh Tim Pembina "
                    + "Keluarga, register program oleh pemegang program)."),
    DEMO_02("DEMO-02", RuleFamily.IDENTITAS, Arah.IDENTITAS, null,
            "NIK sama, jenis kelamin berbeda antar sumber",
            "Cocokkan jenis kelamin dengan KK; perbaiki sumber yang salah."),
    DEMO_03("DEMO-03", RuleFamily.IDENTITAS, Arah.IDENTITAS, null,
            "NIK sama, nama berbeda antar sumber",
            "Pastikan NIK benar milik orang ini (cek KK); bila NIK salah ketik, perbaiki di sumber yang salah."),
    DEMO_04("DEMO-04", RuleFamily.IDENTITAS, Arah.IDENTITAS, Sumber.EPPGBM,
            "Anak tercatat di puskesmas lain di e-PPGBM daripada keluarganya di PIS-PK",
            "Konfirmasi dengan keluarga apakah pindah atau diukur di wilayah lain; koordinasikan dengan "
                    + "puskesmas yang lain dan perbarui domisili di sumber yang salah."),
    NIK_01("NIK-01", RuleFamily.KUALITAS_NIK, Arah.KUALITAS, null,
            "NIK tidak valid",
            "Minta KK/KTP dan perbaiki NIK di sumber data ini."),
    NIK_02("NIK-02", RuleFamily.KUALITAS_NIK, Arah.KUALITAS, null,
            "NIK rusak oleh Excel (tersimpan sebagai angka)",
            "Jangan menebak digit yang hilang: ketik ulang NIK dari KK/KTP sebagai teks di sumber data ini."),
    NIK_03("NIK-03", RuleFamily.KUALITAS_NIK, Arah.KUALITAS, null,
            "NIK dummy/sementara",
            "Minta NIK anak dari KK keluarga (atau bantu urus akta/KK) dan ganti NIK dummy di sumber data ini."),
    NIK_04("NIK-04", RuleFamily.KUALITAS_NIK, Arah.KUALITAS, null,
            "Satu NIK dipakai dua orang berbeda dalam satu sumber",
            "Cek KK kedua orang; perbaiki NIK yang salah di sumber data ini."),
    NIK_05("NIK-05", RuleFamily.KUALITAS_NIK, Arah.KUALITAS, null,
            "Tanggal lahir atau jenis kelamin dalam NIK tidak sesuai data",
            "Cocokkan NIK, tanggal lahir dan jenis kelamin dengan KK; perbaiki yang salah."),
    MATCH_01("MATCH-01", RuleFamily.IDENTITAS, Arah.IDENTITAS, null,
            "Kemungkinan orang yang sama tanpa NIK yang cocok",
            "Konfirmasi apakah kedua catatan orang yang sama; bila ya, lengkapi/perbaiki NIK di kedua sumber."),
    SURVEI_01("SURVEI-01", RuleFamily.SURVEI, Arah.KUALITAS, Sumber.PISPK,
            "Kunjungan PIS-PK sudah 12 bulan atau lebih",
            "Tim Pembina Keluarga: jadwalkan kunjungan ulang dan perbarui data keluarga di PIS-PK.");

    private final String code;
    private final RuleFamily family;
    private final Arah arah;
    private final Sumber sumberProgram;
    private final String judul;
    private final String tindakLanjut;

    RuleCode(String code, RuleFamily family, Arah arah, Sumber sumberProgram, String judul, String tindakLanjut) {
        this.code = code;
        this.family = family;
        this.arah = arah;
        this.sumberProgram = sumberProgram;
        this.judul = judul;
        this.tindakLanjut = tindakLanjut;
    }

    /** The stable code, e.g. {@code JKN-01}. */
    public String code() {
        return code;
    }

    public RuleFamily family() {
        return family;
    }

    public Arah arah() {
        return arah;
    }

    /** The program compared against, or {@code null} when the finding names its source itself. */
    public Sumber sumberProgram() {
        return sumberProgram;
    }

    /** One-line Indonesian description of what was found. */
    public String judul() {
        return judul;
    }

    /** Recommended follow-up in Indonesian: who acts, what they check, what they update. */
    public String tindakLanjut() {
        return tindakLanjut;
    }

    public static RuleCode fromCode(String code) {
        for (RuleCode r : values()) {
            if (r.code.equals(code)) {
                return r;
            }
        }
        throw new IllegalArgumentException("Kode aturan tidak dikenal: " + code);
    }
}
