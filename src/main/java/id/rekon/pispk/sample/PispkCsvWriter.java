package id.rekon.pispk.sample;

import id.rekon.pispk.model.Sex;
import id.rekon.pispk.model.StatusKawin;

import java.io.Closeable;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The two-file PIS-PK layout of one puskesmas: families (UTF-8 with BOM, {@code ;}) and members
 * (Windows-1252, {@code ,}, dates in every form the spec lists, a name with diacritics, quoted
 * fields with embedded newlines). Headers use the canonical names or the aliases, alternating by
 * puskesmas, so both are exercised.
 */
final class PispkCsvWriter implements Closeable {

    static final List<String> KELUARGA = List.of("Kode Keluarga", "No KK", "Nama Kepala Keluarga", "Alamat",
            "RT / RW", "Kode Desa", "Desa/Kelurahan", "Kecamatan", "Kode Puskesmas", "Nama Puskesmas",
            "Tanggal Kunjungan", "Air Bersih", "Jamban Sehat", "IKS");
    static final List<String> KELUARGA_ALIAS = List.of("ID Keluarga", "Nomor KK", "Nama KK", "Alamat", "RT / RW",
            "Kode Kelurahan", "Desa", "Kecamatan", "Kode PKM", "Puskesmas", "Tgl Kunjungan", "Sarana Air Bersih",
            "Jamban", "IKS");
    static final List<String> ANGGOTA = List.of("Kode Keluarga", "No Urut", "NIK", "Nama", "Hubungan dengan KK",
            "Tanggal Lahir", "Jenis Kelamin", "Status Perkawinan", "Sedang Hamil", "KB", "Bersalin di Faskes",
            "ASI Eksklusif", "Imunisasi Dasar Lengkap", "Pemantauan Pertumbuhan", "TB Berobat Sesuai Standar",
            "Hipertensi Berobat Teratur", "ODGJ Diobati", "Merokok", "Kartu JKN", "Keterangan");
    static final List<String> ANGGOTA_ALIAS = List.of("ID Keluarga", "No Anggota", "No NIK", "Nama Anggota",
            "Hubungan", "Tgl Lahir", "JK", "Status Kawin", "Hamil", "Ikut KB", "Persalinan Faskes", "ASI",
            "Imunisasi", "Ditimbang Bulan Lalu", "TB", "Hipertensi", "Gangguan Jiwa", "Perokok", "Punya JKN",
            "Keterangan");

    private static final String[] NOTES = {"Pindahan dari Kupang\nsejak 2023", "Sedang merantau\nke Kalimantan",
        "Tinggal di rumah\nkeluarga di Soe", "KK baru\nbelum cetak"};

    private final CsvOut keluarga;
    private final CsvOut anggota;
    private final Cells cells;
    private final Rng rng;
    private final FamilyFactory factory;
    private final Kabupaten.PuskesmasArea pkm;
    private final RejectPacer familyRejects;
    private final RejectPacer memberRejects;
    private final RejectPacer familyBlanks;
    private final RejectPacer memberBlanks;
    private final boolean sexWords;
    private final TextDates.Style[] styles = TextDates.Style.values();
    private int memberRows;
    private boolean agtDone;
    private boolean newlineDone;
    private boolean noteDone;
    private Family last;

    PispkCsvWriter(Path inbox, Kabupaten.PuskesmasArea pkm, Cells cells, FamilyFactory factory, ManifestBuilder mb) {
        this.cells = cells;
        this.rng = cells.rng();
        this.factory = factory;
        this.pkm = pkm;
        boolean alias = (pkm.index() / 2) % 2 == 1;
        this.sexWords = !alias;
        String kf = "pispk_keluarga_" + pkm.kode() + ".csv";
        String af = "pispk_anggota_" + pkm.kode() + ".csv";
        keluarga = new CsvOut(inbox.resolve(kf), StandardCharsets.UTF_8, true, ';', alias ? KELUARGA_ALIAS : KELUARGA,
                mb.file(kf, "pispk-keluarga", pkm.kode(), 1));
        anggota = new CsvOut(inbox.resolve(af), Charset.forName("windows-1252"), false, ',',
                alias ? ANGGOTA : ANGGOTA_ALIAS, mb.file(af, "pispk-anggota", pkm.kode(), 1));
        familyRejects = new RejectPacer(rng, 0.02, 2);
        memberRejects = new RejectPacer(rng, 0.12, 3);
        familyBlanks = new RejectPacer(rng, 0.004, 1);
        memberBlanks = new RejectPacer(rng, 0.002, 1);
    }

    void write(Family f) {
        FileStats ks = keluarga.stats();
        keluarga.record(familyValues(f, f.kode, visitText(f.visit, ks), ks));
        ks.family();
        for (Person p : f.members) {
            if (p.inPispk) {
                member(f, p);
            }
        }
        last = f;
        if (memberRejects.due()) {
            rejectMember(f);
        }
        if (familyRejects.due()) {
            rejectFamily(f);
        }
        if (familyBlanks.due()) {
            keluarga.emptyFields(KELUARGA.size());
        }
        if (memberBlanks.due()) {
            anggota.emptyLine();
        }
    }

    private Object[] familyValues(Family f, String kode, String visit, FileStats ks) {
        String alamat = f.alamat;
        if (!newlineDone || rng.chance(0.02)) {
            newlineDone = true;
            ks.damage("embedded_newline");
            alamat = f.alamat + "\nRT " + String.format("%03d", f.rt);
        }
        String rtRw = rng.chance(0.8) ? String.format("%03d/%03d", f.rt, f.rw) : f.rt + " / " + f.rw;
        String iks = String.format(Locale.ROOT, "%.3f", Iks.of(f)).replace('.', ',');
        return new Object[]{kode, cells.nik(f.noKkOut, ks, false, 0.03, "no_kk"), f.head().name, alamat, rtRw,
            f.desa.kode(), f.desa.nama(), pkm.namaKecamatan(), pkm.kode(),
            rng.chance(0.7) ? pkm.nama() : pkm.nama().toUpperCase(Locale.ROOT), visit,
            f.airBersih ? "Y" : "T", f.jamban ? "Y" : "T", iks};
    }

    private String visitText(LocalDate d, FileStats st) {
        double u = rng.uniform();
        TextDates.Style s = u < 0.7 ? TextDates.Style.DMY_SLASH : u < 0.85 ? TextDates.Style.ISO : TextDates.Style.DMY_SHORT;
        st.damage(TextDates.tag(d, s));
        return TextDates.format(d, s);
    }

    private void member(Family f, Person p) {
        FileStats st = anggota.stats();
        anggota.record(memberValues(f.kode, p.noUrut, cells.nik(p.pispkNikOut(), st, false, 0.05),
                cells.pispkName(p.name, st, true), p, dobText(p.dob, st), st));
        st.member(f.kode, false);
    }

    private Object[] memberValues(String kode, String noUrut, Object nik, String nama, Person p, String dob,
                                  FileStats st) {
        String note = null;
        if (!noteDone || rng.chance(0.01)) {
            noteDone = true;
            note = rng.pick(NOTES);
            st.damage("embedded_newline");
        }
        String kawin = p.kawin.label();
        if (rng.chance(0.2)) {
            kawin = kawin.toUpperCase(Locale.ROOT);
        }
        return new Object[]{kode, noUrut, nik, nama, p.hubungan, dob, sex(p.sex, st), kawin,
            Answers.yaTidak(p.hamil), Answers.indikator(p.kb), Answers.indikator(p.bersalin),
            Answers.indikator(p.asi), Answers.indikator(p.imunisasi), Answers.indikator(p.pemantauan),
            Answers.indikator(p.tb), Answers.indikator(p.ht), Answers.indikator(p.odgj),
            Answers.yaTidak(p.merokok), Answers.yaTidak(p.jkn), note};
    }

    private String sex(Sex s, FileStats st) {
        double u = rng.uniform();
        if (u < 0.04) {
            st.damage("sex_lk_pr");
            return s == Sex.L ? "LK" : "PR";
        }
        if (u < 0.07) {
            st.damage("sex_1_2");
            return s == Sex.L ? "1" : "2";
        }
        if (sexWords) {
            return s.label();
        }
        return s.name();
    }

    /** Birth dates in every form, each at least once in the first rows, {@code Agt} on the first August birthday. */
    private String dobText(LocalDate d, FileStats st) {
        TextDates.Style s;
        if (d.getMonthValue() == 8 && !agtDone) {
            s = TextDates.Style.SPACE_ABBR;
        } else if (memberRows < styles.length) {
            s = styles[memberRows];
        } else {
            double u = rng.uniform();
            s = u < 0.45 ? TextDates.Style.DMY_SLASH : u < 0.6 ? TextDates.Style.DMY_SHORT
                    : u < 0.72 ? TextDates.Style.ISO : u < 0.78 ? TextDates.Style.DMY_DASH
                    : u < 0.84 ? TextDates.Style.LONG_ID : u < 0.9 ? TextDates.Style.DASH_ABBR
                    : u < 0.95 ? TextDates.Style.SPACE_ABBR : TextDates.Style.SERIAL;
        }
        memberRows++;
        agtDone |= d.getMonthValue() == 8 && (s == TextDates.Style.SPACE_ABBR || s == TextDates.Style.DASH_ABBR);
        st.damage(TextDates.tag(d, s));
        return TextDates.format(d, s);
    }

    private void rejectMember(Family f) {
        FileStats st = anggota.stats();
        Person junk = factory.outsider(rng.chance(0.5) ? Sex.L : Sex.P, 20, 60, f.muslim);
        junk.hubungan = "Famili Lain";
        junk.kawin = StatusKawin.BELUM_KAWIN;
        double u = rng.uniform();
        String no = Integer.toString(f.members.size() + 1);
        if (u < 0.4) {
            anggota.record(memberValues(f.kode, no, junk.nik, "", junk, TextDates.format(junk.dob,
                    TextDates.Style.DMY_SLASH), st));
            st.reject("nama_kosong");
        } else if (u < 0.8) {
            anggota.record(memberValues(f.kode, no, junk.nik, junk.name, junk, rng.pick(RawSurveiWriter.BAD_DATES), st));
            st.reject("tanggal_lahir_tidak_valid");
        } else {
            anggota.record(memberValues("", no, junk.nik, junk.name, junk, TextDates.format(junk.dob,
                    TextDates.Style.DMY_SLASH), st));
            st.reject("kode_keluarga_kosong");
        }
    }

    private void rejectFamily(Family f) {
        FileStats ks = keluarga.stats();
        if (rng.chance(0.5)) {
            keluarga.record(familyValues(f, "", TextDates.format(f.visit, TextDates.Style.DMY_SLASH), ks));
            ks.reject("kode_keluarga_kosong");
        } else {
            keluarga.record(familyValues(f, f.kode + "X", rng.pick(new String[]{"31/11/2026", "-", "2026-02-30"}), ks));
            ks.reject("tanggal_kunjungan_tidak_valid");
        }
    }

    @Override
    public void close() {
        while (last != null && memberRejects.owed()) {
            rejectMember(last);
        }
        while (last != null && familyRejects.owed()) {
            rejectFamily(last);
        }
        if (familyBlanks.owed()) {
            keluarga.emptyFields(KELUARGA.size());
        }
        if (memberBlanks.owed()) {
            anggota.emptyLine();
        }
        keluarga.close();
        anggota.close();
    }
}
