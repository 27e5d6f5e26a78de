package id.rekon.pispk.job.rules;

import id.rekon.pispk.model.Anggota;
import id.rekon.pispk.model.AnggotaDiKeluarga;
import id.rekon.pispk.model.Asal;
import id.rekon.pispk.model.CoupleCase;
import id.rekon.pispk.model.Jawaban;
import id.rekon.pispk.model.Keluarga;
import id.rekon.pispk.model.Nama;
import id.rekon.pispk.model.Nik;
import id.rekon.pispk.model.NikStatus;
import id.rekon.pispk.model.Pasangan;
import id.rekon.pispk.model.PasanganKua;
import id.rekon.pispk.model.Pengukuran;
import id.rekon.pispk.model.PernikahanKua;
import id.rekon.pispk.model.PersonCase;
import id.rekon.pispk.model.PesertaPcare;
import id.rekon.pispk.model.Sex;
import id.rekon.pispk.model.StatusKawin;
import id.rekon.pispk.model.StatusNikah;
import id.rekon.pispk.model.Sumber;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Random, synthetic cases of the three kinds the rules step reads, varied enough that most rule
 * families find something: answers Y, T or blank; registers present or not, agreeing or not; some
 * NIKs unusable or held by two people; old and recent visits; couples with and without spouses in
 * PIS-PK. Made-up NIKs (sequence numbers), no real person.
 */
final class KasusAcak {

    private static final LocalDate HARI = LocalDate.of(2026, 11, 1);
    private static final String[] PKM = {"P5301010101", "P5301020202", null};
    private static final String[] NAMA = {"SITI AMINAH", "BUDI SANTOSO", "AISYAH PUTRI", "YOHANES LAKA",
            "MARIA NDOEN", "SITI AMINA"};

    private final Random r;
    private int seq;

    private KasusAcak(long seed) {
        this.r = new Random(seed);
    }

    /** {@code n} cases: mostly people, some families, a few couples. */
    static List<Object> buat(int n, long seed) {
        KasusAcak k = new KasusAcak(seed);
        List<Object> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int jenis = k.r.nextInt(20);
            out.add(jenis < 16 ? k.orang() : jenis < 19 ? k.keluarga() : k.pasangan());
        }
        return out;
    }

    private PersonCase orang() {
        String digits = String.format("5301%012d", ++seq);
        boolean tanpaNik = r.nextInt(20) == 0;
        NikStatus status = tanpaNik ? pilih(NikStatus.INVALID, NikStatus.DUMMY, NikStatus.DAMAGED, NikStatus.BLANK)
                : NikStatus.VALID;
        Nik nik = new Nik(digits, digits, status, status == NikStatus.VALID ? "" : "alasan uji");
        String nama = pilih(NAMA);
        boolean anak = r.nextBoolean();
        LocalDate lahir = anak ? HARI.minusMonths(1 + r.nextInt(62)).minusDays(r.nextInt(28))
                : LocalDate.of(1950 + r.nextInt(50), 1 + r.nextInt(12), 1 + r.nextInt(28));
        Sex sex = r.nextBoolean() ? Sex.L : Sex.P;
        List<AnggotaDiKeluarga> pispk = new ArrayList<>();
        for (int i = r.nextInt(4) == 0 ? 0 : 1 + (r.nextInt(10) == 0 ? 1 : 0); i > 0; i--) {
            // a second row under the NIK: the same person on another visit, or someone else (NIK-04)
            pispk.add(anggota(nik, pispk.isEmpty() || r.nextBoolean() ? nama : pilih(NAMA), lahir, sex, anak));
        }
        List<Pengukuran> eppgbm = new ArrayList<>();
        for (int i = anak ? r.nextInt(4) : 0; i > 0; i--) {
            eppgbm.add(ukur(nik, r.nextInt(8) == 0 ? pilih(NAMA) : nama, lahir, sex));
        }
        List<PesertaPcare> pcare = new ArrayList<>();
        if (r.nextInt(3) > 0) {
            pcare.add(pcare(nik, r.nextInt(8) == 0 ? pilih(NAMA) : nama, r.nextInt(10) == 0 ? lahir.plusDays(3)
                    : lahir, sex));
        }
        List<PasanganKua> kua = new ArrayList<>();
        if (!anak && r.nextInt(10) == 0) {
            Pasangan p = new Pasangan(nik, nama(nama), lahir);
            Pasangan lain = new Pasangan(nikBaru(), nama(pilih(NAMA)), lahir.minusYears(2));
            boolean suami = sex == Sex.L;
            kua.add(new PasanganKua(nikah(suami ? p : lain, suami ? lain : p), suami));
        }
        Set<Sumber> pasangan = r.nextInt(15) == 0 ? EnumSet.of(pilih(Sumber.values())) : EnumSet.noneOf(Sumber.class);
        return new PersonCase(tanpaNik ? null : digits, (tanpaNik ? "X:" : "") + digits, pispk, eppgbm, pcare, kua,
                pasangan);
    }

    private AnggotaDiKeluarga anggota(Nik nik, String nama, LocalDate lahir, Sex sex, boolean anak) {
        Keluarga k = keluarga();
        Anggota a = new Anggota(new Asal("anggota.csv", ++seq), k.kodeKeluarga(), String.valueOf(1 + r.nextInt(5)),
                nik, nama(nama), anak ? "Anak" : pilih("Kepala Keluarga", "Istri", "Suami"), lahir, sex,
                anak ? StatusKawin.BELUM_KAWIN : pilih(StatusKawin.values()), null, null, null, jawaban(), null,
                jawaban(), null, jawaban(), null, null, r.nextInt(4) == 0 ? null : r.nextBoolean());
        return new AnggotaDiKeluarga(a, k);
    }

    private Keluarga keluarga() {
        String kode = String.format("K%06d", ++seq);
        String pkm = pilih(PKM);
        LocalDate kunjungan = r.nextInt(6) == 0 ? HARI.minusMonths(13 + r.nextInt(20)) : HARI.minusDays(r.nextInt(90));
        return new Keluarga(new Asal("keluarga.csv", seq), kode, nikBaru(), nama("KEPALA " + kode), "JL. UJI " + seq,
                "001/002", "5301010001", "OEBOBO", "KOTA RAJA", pkm, pkm == null ? null : "PUSKESMAS " + pkm,
                kunjungan, Jawaban.Y, Jawaban.T, null);
    }

    private Pengukuran ukur(Nik nik, String nama, LocalDate lahir, Sex sex) {
        LocalDate tanggal = HARI.minusDays(r.nextInt(120));
        List<String> ortu = List.of(pilih(NAMA), pilih(NAMA));
        return new Pengukuran(new Asal("eppgbm.xlsx", ++seq), nik, nama(nama), sex, lahir, null,
                String.join(" / ", ortu), ortu, null, "NUSA TENGGARA TIMUR", "KOTA KUPANG", "KOTA RAJA",
                "PUSKESMAS OEBOBO", pilih(PKM), "OEBOBO", pilih("MELATI", "MAWAR", null), "01", "02", null, tanggal,
                null, null, null, null, null, null, null, null, r.nextInt(3) == 0 ? null : r.nextBoolean());
    }

    private PesertaPcare pcare(Nik nik, String nama, LocalDate lahir, Sex sex) {
        boolean aktif = r.nextInt(4) > 0;
        return new PesertaPcare(new Asal("pcare.json", ++seq), String.format("0001%09d", seq), nik, nama(nama), sex,
                lahir, aktif ? "PBI APBN" : "PBPU", aktif, aktif ? "AKTIF" : "TIDAK AKTIF", "0123B456",
                "PUSKESMAS OEBOBO", pilih(PKM), r.nextInt(4) == 0, r.nextInt(6) == 0);
    }

    private CoupleCase pasangan() {
        Pasangan suami = new Pasangan(nikBaru(), nama(pilih(NAMA)), LocalDate.of(1990, 1 + r.nextInt(12), 5));
        Pasangan istri = new Pasangan(nikBaru(), nama(pilih(NAMA)), LocalDate.of(1993, 1 + r.nextInt(12), 9));
        List<AnggotaDiKeluarga> diSuami = new ArrayList<>();
        List<AnggotaDiKeluarga> diIstri = new ArrayList<>();
        if (r.nextBoolean()) {
            diSuami.add(anggota(suami.nik(), suami.nama().asli(), suami.tanggalLahir(), Sex.L, false));
        }
        if (r.nextBoolean()) {
            diIstri.add(anggota(istri.nik(), istri.nama().asli(), istri.tanggalLahir(), Sex.P, false));
        }
        return new CoupleCase(nikah(suami, istri), diSuami, diIstri, r.nextInt(10) == 0);
    }

    private PernikahanKua nikah(Pasangan suami, Pasangan istri) {
        LocalDate akad = HARI.minusDays(r.nextInt(240) - 30);
        return new PernikahanKua(new Asal("kua.csv", ++seq), String.format("DN%09d", seq), "Kota Raja",
                akad.minusMonths(2), akad, r.nextInt(3) == 0 ? StatusNikah.TERDAFTAR : StatusNikah.NIKAH, suami, istri,
                "JL. MAWAR 1", "OEBOBO", pilih(PKM));
    }

    private Nik nikBaru() {
        String digits = String.format("5302%012d", ++seq);
        return new Nik(digits, digits, NikStatus.VALID, "");
    }

    private Jawaban jawaban() {
        int i = r.nextInt(3);
        return i == 0 ? Jawaban.Y : i == 1 ? Jawaban.T : null;
    }

    private static Nama nama(String s) {
        return new Nama(s, s);
    }

    @SafeVarargs
    private <T> T pilih(T... values) {
        return values[r.nextInt(values.length)];
    }
}
