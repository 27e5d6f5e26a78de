package id.rekon.pispk.sample;

import id.rekon.pispk.model.Sex;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The Keluarga Sehat app's "Raw Data Survei" workbook of one puskesmas: title rows, the header on
 * row 4 in capitals, then one row per member with the family's columns repeated, dates as real
 * Excel dates.
 *
 * <p>Rows the job must reject are extra member rows (blank NAMA, impossible TANGGAL LAHIR) added
 * after a family's real members; family columns are never broken in this layout, so a rejected
 * row never takes a family with it.
 */
final class RawSurveiWriter implements Closeable {

    static final List<String> HEADER = List.of("SURVEI ID", "TANGGAL SURVEI", "NO KK", "NAMA KK", "ALAMAT", "RT",
            "RW", "KODE DESA", "KELURAHAN", "KECAMATAN", "KODE PKM", "NAMA PUSKESMAS", "TERSEDIA SARANA AIR BERSIH",
            "TERSEDIA JAMBAN KELUARGA", "IKS INTI", "NO ANGGOTA", "NIK", "NAMA", "SHDK", "TANGGAL LAHIR", "JK",
            "STATUS KAWIN", "HAMIL", "MENGGUNAKAN KB", "PERSALINAN DI FASKES", "ASI EKSLUSIF", "IMUNISASI LENGKAP",
            "PEMANTAUAN PERTUMBUHAN BALITA", "MINUM OBAT TB TERATUR", "MINUM OBAT HIPERTENSI TERATUR",
            "ART MINUM OBAT GANGGUAN JIWA BERAT TERATUR", "MEROKOK", "KEPESERTAAN JKN");

    static final String[] BAD_DATES = {"31/02/2021", "30/02/2019", "00/00/0000", "2021-13-05", "-", "32/01/2020"};

    private final SheetParts parts;
    private final Cells cells;
    private final Rng rng;
    private final FamilyFactory factory;
    private final Kabupaten.PuskesmasArea pkm;
    private final RejectPacer rejects;
    private final RejectPacer blanks;
    private Family last;

    RawSurveiWriter(Path inbox, Kabupaten.PuskesmasArea pkm, GeneratorSettings s, Cells cells, FamilyFactory factory,
                    ManifestBuilder mb) {
        this.cells = cells;
        this.rng = cells.rng();
        this.factory = factory;
        this.pkm = pkm;
        this.rejects = new RejectPacer(rng, 0.02, 2);
        this.blanks = new RejectPacer(rng, 0.002, 1);
        this.parts = new SheetParts(inbox, "Raw Data Survei - " + pkm.nama(), false, s.xlsxMaxRows(),
                "Raw Data Survei", HEADER, (sheet, p) -> {
                    p.set(sheet.createRow(0), 0, "DATA SURVEI KELUARGA SEHAT");
                    sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 7));
                    p.set(sheet.createRow(1), 0, "PUSKESMAS " + pkm.namaKecamatan().toUpperCase(Locale.ROOT)
                            + " (" + pkm.kode() + ")");
                    return 3;
                }, p -> {
                    while (rejects.owed() && last != null) {
                        rejectRow(p.footerRow(), last);
                    }
                    p.blankRow(p.footerRow(), 3);
                    p.blankRow(p.footerRow(), 3);
                }, mb, "pispk-raw-survei", pkm.kode(), s.runDate());
        parts.onNewPart(() -> {
            rejects.reset();
            blanks.reset();
        });
    }

    void write(Family f) {
        double iks = Iks.of(f);
        Object noKk = null;
        boolean kkDone = false;
        for (Person p : f.members) {
            if (!p.inPispk) {
                continue;
            }
            Row r = parts.row();
            FileStats st = parts.stats();
            if (!kkDone) {
                noKk = cells.nik(f.noKkOut, st, true, 0.03, "no_kk");
                kkDone = true;
            }
            family(r, f, iks, noKk);
            parts.set(r, 15, Integer.parseInt(p.noUrut));
            parts.set(r, 16, cells.nik(p.pispkNikOut(), st, true, 0.03));
            parts.set(r, 17, cells.pispkName(p.name, st, false));
            parts.set(r, 18, p.hubungan.toUpperCase(Locale.ROOT));
            parts.set(r, 19, p.dob);
            member(r, p);
            st.member(f.kode, true);
        }
        last = f;
        if (rejects.due()) {
            rejectRow(parts.row(), f);
        }
        if (blanks.due()) {
            parts.blankRow(parts.row(), 5);
        }
    }

    private void family(Row r, Family f, double iks, Object noKk) {
        parts.set(r, 0, f.kode);
        parts.set(r, 1, f.visit);
        parts.set(r, 2, noKk);
        parts.set(r, 3, f.head().name);
        parts.set(r, 4, f.alamat);
        parts.set(r, 5, String.format("%03d", f.rt));
        parts.set(r, 6, String.format("%03d", f.rw));
        parts.set(r, 7, f.desa.kode());
        parts.set(r, 8, f.desa.nama().toUpperCase(Locale.ROOT));
        parts.set(r, 9, pkm.namaKecamatan().toUpperCase(Locale.ROOT));
        parts.set(r, 10, pkm.kode());
        parts.set(r, 11, pkm.nama().toUpperCase(Locale.ROOT));
        parts.set(r, 12, f.airBersih ? "Y" : "T");
        parts.set(r, 13, f.jamban ? "Y" : "T");
        parts.set(r, 14, iks);
    }

    private void member(Row r, Person p) {
        parts.set(r, 20, p.sex.name());
        parts.set(r, 21, p.kawin.label().toUpperCase(Locale.ROOT));
        parts.set(r, 22, Answers.yaTidakUpper(p.hamil));
        parts.set(r, 23, Answers.indikator(p.kb));
        parts.set(r, 24, Answers.indikator(p.bersalin));
        parts.set(r, 25, Answers.indikator(p.asi));
        parts.set(r, 26, Answers.indikator(p.imunisasi));
        parts.set(r, 27, Answers.indikator(p.pemantauan));
        parts.set(r, 28, Answers.indikator(p.tb));
        parts.set(r, 29, Answers.indikator(p.ht));
        parts.set(r, 30, Answers.indikator(p.odgj));
        parts.set(r, 31, Answers.yaTidakUpper(p.merokok));
        parts.set(r, 32, Answers.yaTidakUpper(p.jkn));
    }

    /** An extra member row the job must reject: blank name or an impossible birth date. */
    private void rejectRow(Row r, Family f) {
        FileStats st = parts.stats();
        Person junk = factory.outsider(rng.chance(0.5) ? Sex.L : Sex.P, 20, 60, f.muslim);
        junk.hubungan = "Famili Lain";
        family(r, f, Iks.of(f), f.noKk);
        parts.set(r, 15, f.members.size() + 1);
        parts.set(r, 16, junk.nik);
        parts.set(r, 18, "FAMILI LAIN");
        parts.set(r, 20, junk.sex.name());
        parts.set(r, 21, "BELUM KAWIN");
        if (rng.chance(0.5)) {
            parts.set(r, 19, junk.dob);
            st.reject("nama_kosong");
        } else {
            parts.set(r, 17, junk.name);
            parts.set(r, 19, rng.pick(BAD_DATES));
            st.reject("tanggal_lahir_tidak_valid");
        }
    }

    @Override
    public void close() {
        parts.close();
    }

}
