package id.rekon.pispk.sample;

import org.apache.poi.ss.usermodel.Row;

import java.io.Closeable;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * The e-PPGBM export of one puskesmas: {@code DATA BALITA PUSKESMAS …} and {@code Data Tanggal :}
 * above the header, the real column order plus {@code ASI Eksklusif} and {@code NIK Ortu}, one row
 * per measurement, a {@code TOTAL} row and empty rows at the bottom.
 *
 * <p>Rows the job must reject are copies of a real measurement row whose Tanggal Pengukuran is
 * missing or impossible, so rejecting them loses nothing.
 */
final class EppgbmWriter implements Closeable {

    static final List<String> HEADER = List.of("No", "NIK", "Nama", "JK", "Tgl Lahir", "BB Lahir", "TB Lahir",
            "Nama Ortu", "Prov", "Kab/Kota", "Kec", "Pukesmas", "Desa/Kel", "Posyandu", "RT", "RW", "Alamat",
            "Usia Saat Ukur", "Tanggal Pengukuran", "Berat", "Tinggi", "Cara Ukur", "LiLA", "BB/U", "ZS BB/U",
            "TB/U", "ZS TB/U", "BB/TB", "ZS BB/TB", "Naik Berat Badan", "Jml Vit A", "KPSP", "KIA",
            "Kelas Ibu Balita", "MBG", "Detail", "ASI Eksklusif", "NIK Ortu");

    private static final int COL_TANGGAL = 18;

    private final SheetParts parts;
    private final Cells cells;
    private final Rng rng;
    private final Kabupaten kab;
    private final RejectPacer rejects;
    private final RejectPacer blanks;
    private int no;
    private Object[] lastRow;

    EppgbmWriter(Path inbox, String baseName, Kabupaten.PuskesmasArea pkm, Kabupaten kab, GeneratorSettings s,
                 Cells cells, ManifestBuilder mb) {
        this.cells = cells;
        this.rng = cells.rng();
        this.kab = kab;
        this.rejects = new RejectPacer(rng, 0.015, 2);
        this.blanks = new RejectPacer(rng, 0.003, 1);
        this.parts = new SheetParts(inbox, baseName, false, s.xlsxMaxRows(), "Data Balita", HEADER, (sheet, p) -> {
            p.set(sheet.createRow(0), 0, "DATA BALITA PUSKESMAS " + pkm.namaKecamatan().toUpperCase(Locale.ROOT));
            p.set(sheet.createRow(1), 0, "Data Tanggal : " + s.runDate());
            return 3;
        }, p -> {
            while (rejects.owed() && lastRow != null) {
                reject(p.footerRow());
            }
            while (blanks.owed()) {
                p.blankRow(p.footerRow(), 4);
            }
            Row t = p.footerRow();
            p.set(t, 0, "TOTAL");
            p.set(t, 2, (double) p.stats().dataRows());
            p.stats().totals();
            for (int i = 0; i < 3; i++) {
                p.blankRow(p.footerRow(), 6);
            }
        }, mb, "eppgbm", pkm.kode(), s.runDate());
        parts.onNewPart(() -> {
            rejects.reset();
            blanks.reset();
            no = 0;
        });
    }

    /** Every measurement of one child, in date order. */
    void write(Person c, Family f) {
        Kabupaten.PuskesmasArea pkm = c.eppgbmPuskesmas;
        String pkmName = rng.chance(0.6) ? pkm.nama().toUpperCase(Locale.ROOT) : rng.pick(pkm.alias());
        String ortu = ortu(c);
        String baseName = null;
        boolean dobAsText = rng.chance(0.2);
        boolean nikOrtu = c.nikIbu != null && (rng.chance(0.8) || isMotherDummy(c));
        Measurement prev = null;
        for (Measurement m : c.measurements) {
            Row r = parts.row();
            FileStats st = parts.stats();
            if (baseName == null) {
                baseName = cells.eppgbmName(c, st);
            }
            NikOut nik = m.nik != null ? m.nik : c.eppgbmNikOut();
            double months = ChronoUnit.DAYS.between(c.dob, m.tanggal) / 30.4375;
            double zb = c.zBb + rng.gaussian() * 0.15;
            double zt = c.zTb + rng.gaussian() * 0.1;
            double zbt = Anthro.round2((zb - 0.6 * zt) / 0.8);
            double berat = Anthro.weight(months, zb);
            double tinggi = Anthro.height(months, zt);
            Object[] v = new Object[HEADER.size()];
            v[0] = (double) ++no;
            v[1] = cells.nik(nik, st, true, 0.06);
            v[2] = m.nama != null ? m.nama : baseName;
            v[3] = c.sex.name();
            if (dobAsText) {
                st.damage("date_iso");
            }
            v[4] = dobAsText ? c.dob.toString() : c.dob;
            v[5] = bbLahir(c, st);
            v[6] = c.tbLahir;
            v[7] = ortu;
            v[8] = kab.provinsiUpper();
            v[9] = kab.kabupatenUpper();
            v[10] = pkm.namaKecamatan().toUpperCase(Locale.ROOT);
            v[11] = pkmName;
            v[12] = c.eppgbmDesa.nama().toUpperCase(Locale.ROOT);
            v[13] = f.posyandu.nama();
            v[14] = String.format("%03d", f.rt);
            v[15] = String.format("%03d", f.rw);
            v[16] = f.alamat;
            v[17] = usia(c.dob, m.tanggal);
            v[COL_TANGGAL] = tanggal(m.tanggal, st);
            v[19] = weight(berat, st);
            v[20] = rng.chance(0.7) ? (Object) tinggi : Double.toString(tinggi).replace('.', ',');
            v[21] = months < 24 ? "Terlentang" : "Berdiri";
            v[22] = rng.chance(0.2) ? Double.toString(Anthro.round1(12.5 + rng.uniform() * 3)).replace('.', ',') : null;
            v[23] = Anthro.bbU(zb);
            v[24] = rng.chance(0.9) ? (Object) Anthro.round2(zb) : null;
            v[25] = Anthro.tbU(zt);
            v[26] = rng.chance(0.9) ? (Object) Anthro.round2(zt) : null;
            v[27] = Anthro.bbTb(zbt);
            v[28] = rng.chance(0.9) ? (Object) zbt : null;
            v[29] = prev == null ? "B" : rng.chance(0.75) ? "N" : "T";
            v[30] = (double) (months >= 6 ? rng.between(0, 2) : 0);
            v[31] = rng.chance(0.7) ? "Sesuai" : "-";
            v[32] = rng.chance(0.8) ? "Ya" : "Tidak";
            v[33] = rng.chance(0.3) ? "Ya" : "Tidak";
            v[34] = rng.chance(0.5) ? "Ya" : null;
            v[35] = "Detail";
            v[36] = Period.between(c.dob, m.tanggal).toTotalMonths() >= 6 ? (c.asiEksklusif ? "Ya" : "Tidak") : null;
            v[37] = nikOrtu ? c.nikIbu : null;
            put(r, v);
            st.row();
            lastRow = v;
            prev = m;
            if (rejects.due()) {
                reject(parts.row());
            }
            if (blanks.due()) {
                parts.blankRow(parts.row(), 4);
            }
        }
    }

    private static boolean isMotherDummy(Person c) {
        return c.eppgbmNik != null && "nik_dummy_mother".equals(c.eppgbmNik.tag());
    }

    private void put(Row r, Object[] v) {
        for (int i = 0; i < v.length; i++) {
            parts.set(r, i, v[i]);
        }
    }

    /** A copy of the last measurement with its required date missing or impossible. */
    private void reject(Row r) {
        Object[] v = lastRow.clone();
        v[0] = (double) ++no;
        double u = rng.uniform();
        FileStats st = parts.stats();
        if (u < 0.3) {
            v[COL_TANGGAL] = null;
            st.reject("tanggal_pengukuran_kosong");
        } else {
            v[COL_TANGGAL] = rng.pick(new String[]{"-", "31/09/2026", "00-00-0000", "2026-02-30"});
            st.reject("tanggal_pengukuran_tidak_valid");
        }
        if (v[1] instanceof Double) {
            st.damage("nik_numeric_cell");
        }
        put(r, v);
    }

    private String ortu(Person c) {
        String ibu = c.namaIbu == null ? "" : Names.fold(c.namaIbu);
        if (c.namaAyah == null) {
            return ibu;
        }
        String ayah = Names.fold(c.namaAyah);
        double u = rng.uniform();
        if (u < 0.3) {
            return Names.firstWord(ibu) + " / " + Names.firstWord(ayah);
        }
        if (u < 0.45) {
            return Names.firstWord(ibu) + " DAN " + Names.firstWord(ayah);
        }
        if (u < 0.55) {
            return ibu + " & " + ayah;
        }
        if (u < 0.62) {
            return Names.firstWord(ibu) + ", " + Names.firstWord(ayah);
        }
        return ibu;
    }

    private Object bbLahir(Person c, FileStats st) {
        double u = rng.uniform();
        if (u < 0.2) {
            st.damage("bb_lahir_grams");
            return (double) Math.round(c.bbLahir * 1000);
        }
        return u < 0.6 ? Double.toString(c.bbLahir).replace('.', ',') : (Object) c.bbLahir;
    }

    private Object weight(double kg, FileStats st) {
        double u = rng.uniform();
        if (u < 0.05) {
            st.damage("weight_grams");
            return (double) Math.round(kg * 1000);
        }
        if (u < 0.4) {
            st.damage("weight_comma_decimal");
            return Double.toString(kg).replace('.', ',');
        }
        return kg;
    }

    private Object tanggal(LocalDate d, FileStats st) {
        double u = rng.uniform();
        if (u < 0.1) {
            st.damage("date_iso");
            return d.toString();
        }
        if (u < 0.15) {
            return TextDates.format(d, TextDates.Style.DMY_SLASH);
        }
        return d;
    }

    static String usia(LocalDate dob, LocalDate at) {
        Period p = Period.between(dob, at);
        return p.getYears() + " Tahun - " + p.getMonths() + " Bulan - " + p.getDays() + " Hari";
    }

    @Override
    public void close() {
        parts.close();
    }
}
