package id.rekon.pispk.rules;

import id.rekon.pispk.model.AnggotaDiKeluarga;
import id.rekon.pispk.match.Kandidat;
import id.rekon.pispk.model.PasanganKua;
import id.rekon.pispk.model.Anggota;
import id.rekon.pispk.model.Keluarga;
import id.rekon.pispk.model.Nama;
import id.rekon.pispk.model.Nik;
import id.rekon.pispk.model.Pasangan;
import id.rekon.pispk.model.Pencocokan;
import id.rekon.pispk.model.Pengukuran;
import id.rekon.pispk.model.PesertaPcare;
import id.rekon.pispk.model.RuleCode;
import id.rekon.pispk.model.Sex;
import id.rekon.pispk.model.Sumber;
import id.rekon.pispk.model.Temuan;
import id.rekon.pispk.model.TemuanId;
import id.rekon.pispk.model.Umur;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Writes a {@link Temuan} in a line or two: the id from {@link TemuanId#of(RuleCode, String, String)}
 * (rule, owner, subject: nothing else, so it is stable), the display fields from a record, and the
 * values in short Indonesian. {@code sumber} defaults to the rule's program.
 *
 * <pre>{@code
 * TemuanBuilder.temuan(RuleCode.JKN_01, owner, nik).anggota(a, runDate)
 *         .nilai("Kartu JKN: Ya", "PCare: tidak ditemukan").build();
 * }</pre>
 *
 * Not thread-safe: one builder per finding. Age is whole months ({@link Umur}) on the date given,
 * {@code null} when the date of birth is unknown or later than that date.
 */
public final class TemuanBuilder {

    private final RuleCode rule;
    private final String kodePuskesmas;
    private final String subjek;
    private String nik;
    private String nama;
    private LocalDate tanggalLahir;
    private Integer umurBulan;
    private Sex jenisKelamin;
    private String kodeKeluarga;
    private String desa;
    private String rtRw;
    private String posyandu;
    private Sumber sumber;
    private String nilaiPispk;
    private String nilaiProgram;
    private String keterangan;
    private String alamat;
    private String namaOrangTua;
    private String kecamatan;
    private Pencocokan pencocokan;

    private TemuanBuilder(RuleCode rule, String kodePuskesmas, String subjek) {
        this.rule = Objects.requireNonNull(rule, "rule");
        this.kodePuskesmas = kodePuskesmas == null || kodePuskesmas.isBlank() ? null : kodePuskesmas;
        this.subjek = Objects.requireNonNull(subjek, "subjek");
        this.sumber = rule.sumberProgram();
    }

    /**
     * @param kodePuskesmas the owner, {@code null} when unrouted (the finding is still made)
     * @param subjek        the stable subject key (NIK key, record key, family code, pair key, …)
     */
    public static TemuanBuilder temuan(RuleCode rule, String kodePuskesmas, String subjek) {
        return new TemuanBuilder(rule, kodePuskesmas, subjek);
    }

    /** Identity fields of any person; age on {@code pada}. */
    public TemuanBuilder orang(Nik nik, Nama nama, LocalDate lahir, Sex sex, LocalDate pada) {
        this.nik = nik == null ? "" : nik.digits();
        this.nama = nama == null ? "" : nama.asli();
        this.tanggalLahir = lahir;
        Integer umur = lahir == null || pada == null || lahir.isAfter(pada) ? null : Umur.bulan(lahir, pada);
        this.umurBulan = umur;
        this.jenisKelamin = sex;
        return this;
    }

    /** A PIS-PK member: identity, family code, and the family's desa and RT/RW. */
    public TemuanBuilder anggota(AnggotaDiKeluarga a, LocalDate pada) {
        Anggota m = a.anggota();
        orang(m.nik(), m.nama(), m.tanggalLahir(), m.jenisKelamin(), pada);
        this.kodeKeluarga = m.kodeKeluarga();
        if (a.keluarga() != null) {
            keluarga(a.keluarga());
        }
        return this;
    }

    /** An e-PPGBM child: identity, desa, RT/RW and posyandu as that measurement gives them. */
    public TemuanBuilder pengukuran(Pengukuran p, LocalDate pada) {
        orang(p.nik(), p.nama(), p.tanggalLahir(), p.jenisKelamin(), pada);
        this.desa = p.desa();
        this.rtRw = Kandidat.rtRw(p.rt(), p.rw());
        this.posyandu = p.posyandu();
        // the nurse looks for a child by its mother's name and its address (issue 12)
        this.alamat = p.alamat();
        this.namaOrangTua = p.namaOrtu();
        this.kecamatan = p.kecamatan();
        return this;
    }

    /** A PCare participant: identity only (PCare knows no address). */
    public TemuanBuilder pcare(PesertaPcare p, LocalDate pada) {
        return orang(p.nik(), p.nama(), p.tanggalLahir(), p.jenisKelamin(), pada);
    }

    /** A KUA spouse: identity (husband L, wife P) and the couple's desa. */
    public TemuanBuilder pasangan(PasanganKua k, LocalDate pada) {
        Pasangan p = k.pasangan();
        orang(p.nik(), p.nama(), p.tanggalLahir(), k.suami() ? Sex.L : Sex.P, pada);
        this.desa = k.pernikahan().desaIstri();
        // SIMKAH gives the bride's address: where the team finds a couple no PIS-PK family holds
        this.alamat = k.pernikahan().alamatIstri();
        return this;
    }

    /** A family's code, desa and RT/RW. */
    public TemuanBuilder keluarga(Keluarga k) {
        this.kodeKeluarga = k.kodeKeluarga();
        this.desa = k.desa();
        this.rtRw = k.rtRw();
        this.alamat = k.alamat();
        this.kecamatan = k.kecamatan();
        return this;
    }

    TemuanBuilder rekaman(Rekaman r, LocalDate pada) {
        if (r.asal() instanceof AnggotaDiKeluarga a) {
            return anggota(a, pada);
        }
        if (r.asal() instanceof Pengukuran p) {
            return pengukuran(p, pada);
        }
        if (r.asal() instanceof PesertaPcare p) {
            return pcare(p, pada);
        }
        if (r.asal() instanceof PasanganKua k) {
            return pasangan(k, pada);
        }
        return orang(r.nik(), r.nama(), r.tanggalLahir(), r.jenisKelamin(), pada);
    }

    public TemuanBuilder nik(String nik) {
        this.nik = nik;
        return this;
    }

    public TemuanBuilder nama(String nama) {
        this.nama = nama;
        return this;
    }

    public TemuanBuilder jenisKelamin(Sex sex) {
        this.jenisKelamin = sex;
        return this;
    }

    public TemuanBuilder kodeKeluarga(String kodeKeluarga) {
        this.kodeKeluarga = kodeKeluarga;
        return this;
    }

    public TemuanBuilder desa(String desa) {
        this.desa = desa;
        return this;
    }

    public TemuanBuilder rtRw(String rtRw) {
        this.rtRw = rtRw;
        return this;
    }

    /** Sets the posyandu when one is known; a {@code null} keeps what a record already gave. */
    public TemuanBuilder posyandu(String posyandu) {
        if (posyandu != null && !posyandu.isBlank()) {
            this.posyandu = posyandu;
        }
        return this;
    }

    public TemuanBuilder sumber(Sumber sumber) {
        this.sumber = sumber;
        return this;
    }

    public TemuanBuilder nilai(String pispk, String program) {
        this.nilaiPispk = pispk;
        this.nilaiProgram = program;
        return this;
    }

    public TemuanBuilder keterangan(String keterangan) {
        this.keterangan = keterangan;
        return this;
    }

    /** MATCH-01: the pair's levels and other record. */
    public TemuanBuilder pencocokan(Pencocokan pencocokan) {
        this.pencocokan = pencocokan;
        return this;
    }

    public Temuan build() {
        return new Temuan(TemuanId.of(rule, kodePuskesmas, subjek), rule, kodePuskesmas, subjek, nik, nama,
                tanggalLahir, umurBulan, jenisKelamin, kodeKeluarga, desa, rtRw, posyandu, sumber, nilaiPispk,
                nilaiProgram, keterangan, alamat, namaOrangTua, kecamatan, pencocokan);
    }
}
