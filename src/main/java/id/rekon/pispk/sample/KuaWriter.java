package id.rekon.pispk.sample;

import id.rekon.pispk.model.Sex;
import org.apache.poi.ss.usermodel.Row;

import java.io.Closeable;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The SIMKAH export of the kabupaten's KUA, a legacy {@code .xls}: title rows, the header, one row
 * per couple, a {@code JUMLAH} row. Rows the job must reject have a blank No Pendaftaran and
 * belong to a couple nobody else knows.
 */
final class KuaWriter implements Closeable {

    static final List<String> HEADER = List.of("No Pendaftaran", "KUA", "Tanggal Daftar", "Tanggal Akad", "Status",
            "NIK Suami", "Nama Suami", "Tgl Lahir Suami", "NIK Istri", "Nama Istri", "Tgl Lahir Istri",
            "Alamat Istri", "Desa Istri");

    private final SheetParts parts;
    private final Cells cells;
    private final Rng rng;
    private final FamilyFactory factory;
    private final RejectPacer rejects;
    private KuaCouple last;

    KuaWriter(Path inbox, Kabupaten kab, GeneratorSettings s, Cells cells, FamilyFactory factory, ManifestBuilder mb) {
        this.cells = cells;
        this.rng = cells.rng();
        this.factory = factory;
        this.rejects = new RejectPacer(rng, 0.03, 1);
        this.parts = new SheetParts(inbox, "SIMKAH Pendaftaran Nikah " + s.runDate().getYear(), true, s.xlsMaxRows(),
                "Pendaftaran", HEADER, (sheet, p) -> {
                    p.set(sheet.createRow(0), 0, "DATA PENDAFTARAN NIKAH");
                    p.set(sheet.createRow(1), 0, "KABUPATEN " + kab.kabupatenUpper());
                    return 3;
                }, p -> {
                    while (rejects.owed() && last != null) {
                        reject(p.footerRow());
                    }
                    Row t = p.footerRow();
                    p.set(t, 0, "JUMLAH");
                    p.set(t, 1, (double) p.stats().dataRows());
                    p.stats().totals();
                }, mb, "kua", null, s.runDate());
        parts.onNewPart(rejects::reset);
    }

    void write(KuaCouple c) {
        Row r = parts.row();
        row(r, c, c.noPendaftaran);
        parts.stats().row();
        last = c;
        if (rejects.due()) {
            reject(parts.row());
        }
    }

    private void row(Row r, KuaCouple c, String no) {
        FileStats st = parts.stats();
        parts.set(r, 0, no);
        parts.set(r, 1, rng.chance(0.6) ? "KUA " + c.kua.namaKecamatan() : c.kua.namaKecamatan());
        parts.set(r, 2, date(c.daftar, st));
        parts.set(r, 3, date(c.akad, st));
        String status = c.nikah ? "Nikah" : "Terdaftar";
        parts.set(r, 4, rng.chance(0.3) ? status.toUpperCase(Locale.ROOT) : status);
        parts.set(r, 5, cells.nik(c.nikSuami, st, true, 0.03));
        parts.set(r, 6, cells.kuaName(c.suami, st));
        parts.set(r, 7, date(c.suami.dob, st));
        parts.set(r, 8, cells.nik(c.nikIstri, st, true, 0.03));
        parts.set(r, 9, cells.kuaName(c.istri, st));
        parts.set(r, 10, date(c.istri.dob, st));
        parts.set(r, 11, c.alamat);
        parts.set(r, 12, c.desa.nama());
    }

    private Object date(LocalDate d, FileStats st) {
        double u = rng.uniform();
        if (u < 0.08) {
            TextDates.Style s = rng.chance(0.5) ? TextDates.Style.SPACE_ABBR : TextDates.Style.DMY_DASH;
            st.damage(TextDates.tag(d, s));
            return TextDates.format(d, s);
        }
        return d;
    }

    private void reject(Row r) {
        Person a = factory.outsider(Sex.L, 20, 35, true);
        Person b = factory.outsider(Sex.P, 19, 30, true);
        KuaCouple c = new KuaCouple(a, b);
        c.kua = last.kua;
        c.desa = last.desa;
        c.alamat = last.alamat;
        c.daftar = last.daftar;
        c.akad = last.akad;
        c.nikah = last.nikah;
        row(r, c, null);
        parts.stats().reject("no_pendaftaran_kosong");
    }

    @Override
    public void close() {
        parts.close();
    }
}
