package id.rekon.pispk.rules;

import id.rekon.pispk.model.AnggotaDiKeluarga;
import id.rekon.pispk.model.CoupleCase;
import id.rekon.pispk.model.PasanganKua;
import id.rekon.pispk.model.PersonCase;
import id.rekon.pispk.model.Anggota;
import id.rekon.pispk.model.Asal;
import id.rekon.pispk.model.Cakupan;
import id.rekon.pispk.model.Jawaban;
import id.rekon.pispk.model.Keluarga;
import id.rekon.pispk.model.Nama;
import id.rekon.pispk.model.Nik;
import id.rekon.pispk.model.NikStatus;
import id.rekon.pispk.model.Pasangan;
import id.rekon.pispk.model.Pengukuran;
import id.rekon.pispk.model.PernikahanKua;
import id.rekon.pispk.model.PesertaPcare;
import id.rekon.pispk.model.Sex;
import id.rekon.pispk.model.StatusKawin;
import id.rekon.pispk.model.StatusNikah;
import id.rekon.pispk.model.Sumber;
import id.rekon.pispk.model.Temuan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Hand-made, synthetic records for rule tests (no real person's NIK: the NIKs below are made up
 * and only their status matters). Defaults: run date 2026-11-01 (the spec's example), a family of
 * puskesmas {@code P5301010101} visited 2026-10-20.
 */
final class Fx {

    static final LocalDate HARI = LocalDate.of(2026, 11, 1);
    static final LocalDate KUNJUNGAN = LocalDate.of(2026, 10, 20);
    static final String PKM = "P5301010101";
    static final String PKM_LAIN = "P5301020202";
    static final String NIK_ANAK = "5301014503240001";
    static final String NIK_DEWASA = "5301015708900002";
    static final RuleContext CTX = new RuleContext(HARI, RuleSettings.defaults());

    private Fx() {
    }

    static Nik nik(String digits) {
        return new Nik(digits, digits, NikStatus.VALID, "");
    }

    static Nik nik(String digits, NikStatus status) {
        return new Nik(digits, digits, status, status == NikStatus.VALID ? "" : "alasan uji " + status);
    }

    static Nama nama(String s) {
        return new Nama(s, s.toUpperCase(Locale.ROOT).replaceAll("^(BY NY|BY|AN\\.|NY\\.) ", ""));
    }

    // ---- PIS-PK ----------------------------------------------------------------------------

    static KeluargaB keluarga() {
        return new KeluargaB();
    }

    static final class KeluargaB {
        String kode = "K001";
        String puskesmas = PKM;
        LocalDate kunjungan = KUNJUNGAN;

        KeluargaB kode(String v) {
            kode = v;
            return this;
        }

        KeluargaB puskesmas(String v) {
            puskesmas = v;
            return this;
        }

        KeluargaB kunjungan(LocalDate v) {
            kunjungan = v;
            return this;
        }

        Keluarga build() {
            return new Keluarga(new Asal("keluarga.csv", 2), kode, Fx.nik("5301010101260001"), Fx.nama("BUDI SANTOSO"),
                    "JL. MAWAR 1", "001/002", "5301010001", "OEBOBO", "KOTA RAJA", puskesmas, "PUSKESMAS OEBOBO",
                    kunjungan, Jawaban.Y, Jawaban.Y, null);
        }
    }

    static AnggotaB anggota() {
        return new AnggotaB();
    }

    static final class AnggotaB {
        Nik nik = Fx.nik(NIK_ANAK);
        String nama = "AISYAH PUTRI";
        String hubungan = "Anak";
        LocalDate lahir = LocalDate.of(2024, 3, 5);
        Sex sex = Sex.P;
        StatusKawin statusKawin = StatusKawin.BELUM_KAWIN;
        Jawaban asi;
        Jawaban tumbuh;
        Jawaban ht;
        Boolean jkn;
        String noUrut = "3";
        long baris = 3;
        Keluarga keluarga = Fx.keluarga().build();

        AnggotaB nik(Nik v) {
            nik = v;
            return this;
        }

        AnggotaB nik(String v) {
            nik = Fx.nik(v);
            return this;
        }

        AnggotaB nama(String v) {
            nama = v;
            return this;
        }

        AnggotaB hubungan(String v) {
            hubungan = v;
            return this;
        }

        AnggotaB lahir(LocalDate v) {
            lahir = v;
            return this;
        }

        AnggotaB sex(Sex v) {
            sex = v;
            return this;
        }

        AnggotaB kawin(StatusKawin v) {
            statusKawin = v;
            return this;
        }

        AnggotaB asi(Jawaban v) {
            asi = v;
            return this;
        }

        AnggotaB tumbuh(Jawaban v) {
            tumbuh = v;
            return this;
        }

        AnggotaB ht(Jawaban v) {
            ht = v;
            return this;
        }

        AnggotaB jkn(Boolean v) {
            jkn = v;
            return this;
        }

        AnggotaB noUrut(String v, long row) {
            noUrut = v;
            baris = row;
            return this;
        }

        AnggotaB keluarga(Keluarga v) {
            keluarga = v;
            return this;
        }

        AnggotaDiKeluarga build() {
            String kodeKeluarga = keluarga == null ? "K404" : keluarga.kodeKeluarga();
            Anggota a = new Anggota(new Asal("anggota.csv", baris), kodeKeluarga, noUrut, nik, Fx.nama(nama), hubungan,
                    lahir, sex, statusKawin, null, null, null, asi, null, tumbuh, null, ht, null, null, jkn);
            return new AnggotaDiKeluarga(a, keluarga);
        }
    }

    // ---- e-PPGBM ---------------------------------------------------------------------------

    static UkurB ukur() {
        return new UkurB();
    }

    static final class UkurB {
        Nik nik = Fx.nik(NIK_ANAK);
        String nama = "AISYAH PUTRI";
        Sex sex = Sex.P;
        LocalDate lahir = LocalDate.of(2024, 3, 5);
        String puskesmas = PKM;
        String posyandu = "MELATI";
        LocalDate tanggal = LocalDate.of(2026, 10, 5);
        Boolean asi;
        List<String> ortu = List.of("SITI AMINAH", "BUDI SANTOSO");
        long baris = 5;

        UkurB nik(Nik v) {
            nik = v;
            return this;
        }

        UkurB nama(String v) {
            nama = v;
            return this;
        }

        UkurB sex(Sex v) {
            sex = v;
            return this;
        }

        UkurB lahir(LocalDate v) {
            lahir = v;
            return this;
        }

        UkurB puskesmas(String v) {
            puskesmas = v;
            return this;
        }

        UkurB posyandu(String v) {
            posyandu = v;
            return this;
        }

        UkurB tanggal(LocalDate v) {
            tanggal = v;
            return this;
        }

        UkurB asi(Boolean v) {
            asi = v;
            return this;
        }

        UkurB baris(long v) {
            baris = v;
            return this;
        }

        Pengukuran build() {
            return new Pengukuran(new Asal("eppgbm.xlsx", baris), nik, Fx.nama(nama), sex, lahir, null,
                    String.join(" / ", ortu), ortu, null, "NUSA TENGGARA TIMUR", "KOTA KUPANG", "KOTA RAJA",
                    "PUSKESMAS OEBOBO", puskesmas, "OEBOBO", posyandu, "01", "02", null, tanggal, null, null,
                    null, null, null, null, null, null, asi);
        }
    }

    // ---- PCare -----------------------------------------------------------------------------

    static PcareB pcare() {
        return new PcareB();
    }

    static final class PcareB {
        Nik nik = Fx.nik(NIK_DEWASA);
        String nama = "SITI AMINAH";
        Sex sex = Sex.P;
        LocalDate lahir = LocalDate.of(1990, 8, 17);
        String jenis = "PBI APBN";
        boolean aktif = true;
        String status = "AKTIF";
        String puskesmas = PKM;
        boolean ht;
        boolean dm;
        String noKartu = "0001234567890";

        PcareB nik(Nik v) {
            nik = v;
            return this;
        }

        PcareB nama(String v) {
            nama = v;
            return this;
        }

        PcareB sex(Sex v) {
            sex = v;
            return this;
        }

        PcareB lahir(LocalDate v) {
            lahir = v;
            return this;
        }

        PcareB tidakAktif(String segmen) {
            aktif = false;
            status = "TIDAK AKTIF";
            jenis = segmen;
            return this;
        }

        PcareB puskesmas(String v) {
            puskesmas = v;
            return this;
        }

        PcareB prolanis(boolean ht, boolean dm) {
            this.ht = ht;
            this.dm = dm;
            return this;
        }

        PcareB noKartu(String v) {
            noKartu = v;
            return this;
        }

        PesertaPcare build() {
            return new PesertaPcare(new Asal("pcare.json", 1), noKartu, nik, Fx.nama(nama), sex, lahir, jenis, aktif,
                    status, "0123B456", "PUSKESMAS OEBOBO", puskesmas, ht, dm);
        }
    }

    // ---- KUA -------------------------------------------------------------------------------

    static NikahB nikah() {
        return new NikahB();
    }

    static final class NikahB {
        String no = "DN000131730712026";
        StatusNikah status = StatusNikah.NIKAH;
        LocalDate akad = LocalDate.of(2026, 6, 14);
        String puskesmas = PKM;
        Pasangan suami = new Pasangan(Fx.nik("5301011203880003"), Fx.nama("AHMAD YANI"), LocalDate.of(1988, 3, 12));
        Pasangan istri = new Pasangan(Fx.nik(NIK_DEWASA), Fx.nama("SITI AMINAH"), LocalDate.of(1990, 8, 17));

        NikahB no(String v) {
            no = v;
            return this;
        }

        NikahB status(StatusNikah v) {
            status = v;
            return this;
        }

        NikahB akad(LocalDate v) {
            akad = v;
            return this;
        }

        NikahB puskesmas(String v) {
            puskesmas = v;
            return this;
        }

        NikahB istri(Pasangan v) {
            istri = v;
            return this;
        }

        PernikahanKua build() {
            return new PernikahanKua(new Asal("kua.csv", 2), no, "Kota Raja", akad.minusMonths(2), akad, status,
                    suami, istri, "JL. MAWAR 1", "OEBOBO", puskesmas);
        }
    }

    // ---- cases -----------------------------------------------------------------------------

    static PersonCase kasus(String nikKey, List<AnggotaDiKeluarga> pispk, List<Pengukuran> eppgbm,
                            List<PesertaPcare> pcare) {
        return new PersonCase(nikKey, nikKey, pispk, eppgbm, pcare, List.of(), false);
    }

    static PersonCase kasus(String nikKey, List<AnggotaDiKeluarga> pispk, List<Pengukuran> eppgbm,
                            List<PesertaPcare> pcare, List<PasanganKua> kua) {
        return new PersonCase(nikKey, nikKey, pispk, eppgbm, pcare, kua, false);
    }

    /** A person without a usable NIK, one source's records. */
    static PersonCase tanpaNik(String subjectKey, List<AnggotaDiKeluarga> pispk, List<Pengukuran> eppgbm,
                               boolean probableMatch) {
        return new PersonCase(null, subjectKey, pispk, eppgbm, List.of(), List.of(), probableMatch);
    }

    static CoupleCase pasangan(PernikahanKua k, List<AnggotaDiKeluarga> suami, List<AnggotaDiKeluarga> istri,
                               boolean probableMatch) {
        return new CoupleCase(k, suami, istri, probableMatch);
    }

    static List<Temuan> jalankan(PersonRule rule, PersonCase person) {
        return jalankan(rule, person, CTX);
    }

    static List<Temuan> jalankan(PersonRule rule, PersonCase person, RuleContext ctx) {
        List<Temuan> out = new ArrayList<>();
        rule.evaluate(person, ctx, out::add);
        return out;
    }

    static List<Temuan> jalankan(CoupleRule rule, CoupleCase couple) {
        return jalankan(rule, couple, CTX);
    }

    static List<Temuan> jalankan(CoupleRule rule, CoupleCase couple, RuleContext ctx) {
        List<Temuan> out = new ArrayList<>();
        rule.evaluate(couple, ctx, out::add);
        return out;
    }

    /** The run of {@link #CTX} with only the given sources arrived. */
    static RuleContext ctx(Cakupan cakupan) {
        return new RuleContext(HARI, RuleSettings.defaults(), cakupan);
    }

    /** Tonight's rows: pairs of source and puskesmas code (one row each). */
    static Cakupan cakupan(Object... sumberPuskesmas) {
        Map<Sumber, Map<String, Long>> rows = new EnumMap<>(Sumber.class);
        for (int i = 0; i < sumberPuskesmas.length; i += 2) {
            rows.computeIfAbsent((Sumber) sumberPuskesmas[i], x -> new HashMap<>())
                    .put((String) sumberPuskesmas[i + 1], 1L);
        }
        return Cakupan.dari(rows);
    }

    static List<Temuan> jalankan(KeluargaRule rule, Keluarga keluarga) {
        List<Temuan> out = new ArrayList<>();
        rule.evaluate(keluarga, CTX, out::add);
        return out;
    }

    /** Every person rule the lead wires, in one list. */
    static List<PersonRule> semuaAturanOrang() {
        return List.of(new JknRules(), new PertumbuhanRules(), new BalitaRules(), new AsiRules(),
                new HipertensiRules(), new IdentitasRules(), new NikRules());
    }

    static List<Temuan> semua(PersonCase person) {
        List<Temuan> out = new ArrayList<>();
        for (PersonRule r : semuaAturanOrang()) {
            r.evaluate(person, CTX, out::add);
        }
        return out;
    }
}
