package id.rekon.pispk.sample;

import id.rekon.pispk.model.Sex;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The PCare participants registered at one puskesmas: a {@code ;} CSV as Indonesian Excel saves
 * it, or, for the other puskesmas, the web service's {@code peserta} objects saved twice over, as
 * a JSON array and as one object per line (NDJSON), alternating participants between the two.
 * Rows the job must reject have a blank No Kartu and belong to nobody else.
 */
final class PcareWriter implements Closeable {

    static final List<String> HEADER = List.of("No", "No Kartu", "NIK", "Nama", "JK", "Tgl Lahir", "Jenis Peserta",
            "Status Peserta", "Kode PPK", "Nama PPK", "Prolanis");

    private static final JsonMapper JSON = JsonMapper.builder().disable(SerializationFeature.INDENT_OUTPUT).build();

    private final Kabupaten.PuskesmasArea pkm;
    private final Cells cells;
    private final Rng rng;
    private final FamilyFactory factory;
    private final RejectPacer rejects;
    private CsvOut csv;
    private JsonGenerator array;
    private FileStats arrayStats;
    private Writer ndjson;
    private FileStats ndjsonStats;
    private int no;
    private boolean toArray = true;

    PcareWriter(Path inbox, Kabupaten.PuskesmasArea pkm, Cells cells, FamilyFactory factory, ManifestBuilder mb) {
        this.pkm = pkm;
        this.cells = cells;
        this.rng = cells.rng();
        this.factory = factory;
        this.rejects = new RejectPacer(rng, 0.01, 1);
        try {
            if (pkm.pcareCsv()) {
                String name = "peserta_pcare_" + pkm.kodePpk() + ".csv";
                csv = new CsvOut(inbox.resolve(name), StandardCharsets.UTF_8, false, ';', HEADER,
                        mb.file(name, "pcare", pkm.kode(), 1));
            } else {
                String a = "pcare_peserta_" + pkm.kodePpk() + ".json";
                String n = "pcare_peserta_" + pkm.kodePpk() + " (lanjutan).ndjson";
                arrayStats = mb.file(a, "pcare", pkm.kode(), 1);
                ndjsonStats = mb.file(n, "pcare", pkm.kode(), 1);
                array = JSON.createGenerator(Files.newOutputStream(inbox.resolve(a)));
                array.writeStartArray();
                ndjson = new BufferedWriter(Files.newBufferedWriter(inbox.resolve(n), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(PcareEntry e) {
        if (csv != null) {
            csvRow(e, e.noKartu);
            csv.stats().row();
        } else {
            FileStats st = toArray ? arrayStats : ndjsonStats;
            json(e, e.noKartu, st);
            st.row();
            toArray = !toArray;
        }
        if (rejects.due()) {
            reject();
        }
    }

    private void reject() {
        reject(toArray);
    }

    private void reject(boolean intoArray) {
        Person junk = factory.outsider(rng.chance(0.5) ? Sex.L : Sex.P, 20, 70, false);
        PcareEntry e = new PcareEntry(junk);
        e.ppk = pkm;
        e.aktif = true;
        e.status = "AKTIF";
        e.jenis = "PBI APBN";
        if (csv != null) {
            csvRow(e, "");
            csv.stats().reject("no_kartu_kosong");
        } else {
            FileStats st = intoArray ? arrayStats : ndjsonStats;
            json(e, "", st);
            st.reject("no_kartu_kosong");
            toArray = !intoArray;
        }
    }

    private void csvRow(PcareEntry e, String noKartu) {
        FileStats st = csv.stats();
        String dob = rng.chance(0.8) ? TextDates.format(e.tanggalLahir, TextDates.Style.DMY_DASH)
                : TextDates.format(e.tanggalLahir, TextDates.Style.DMY_SLASH);
        csv.record(++no, noKartu, cells.nik(e.nik, st, false, 0.03), cells.pcareName(e, st), e.sex.name(), dob,
                e.jenis, e.status, e.ppk.kodePpk(), e.ppk.nama().toUpperCase(Locale.ROOT), e.prolanis);
    }

    private void json(PcareEntry e, String noKartu, FileStats st) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("noKartu", noKartu);
        m.put("nama", cells.pcareName(e, st));
        m.put("hubunganKeluarga", "PESERTA");
        m.put("sex", e.sex.name());
        m.put("tglLahir", TextDates.format(e.tanggalLahir, TextDates.Style.DMY_DASH));
        m.put("tglMulaiAktif", "01-01-2020");
        m.put("tglAkhirBerlaku", "31-12-2099");
        m.put("kdProviderPst", provider(e.ppk.kodePpk(), e.ppk.nama().toUpperCase(Locale.ROOT)));
        m.put("kdProviderGigi", provider(null, null));
        Map<String, Object> kelas = new LinkedHashMap<>();
        kelas.put("nama", "KELAS III");
        kelas.put("kode", "3");
        m.put("jnsKelas", kelas);
        Map<String, Object> jenis = new LinkedHashMap<>();
        jenis.put("nama", e.jenis);
        jenis.put("kode", e.jenis.startsWith("PBI") ? "21" : "14");
        m.put("jnsPeserta", jenis);
        m.put("golDarah", "-");
        m.put("noHP", "");
        Object nik = cells.nik(e.nik, st, false, 0.0);
        m.put("noKTP", nik == null ? "" : nik);
        m.put("pstProl", e.prolanis);
        m.put("pstPrb", "");
        m.put("aktif", e.aktif);
        m.put("ketAktif", e.aktif ? "AKTIF" : e.status.toUpperCase(Locale.ROOT));
        m.put("tunggakan", 0);
        if (st == arrayStats) {
            JSON.writeValue(array, m);
        } else {
            try {
                ndjson.write(JSON.writeValueAsString(m));
                ndjson.write('\n');
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
    }

    private static Map<String, Object> provider(String kode, String nama) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kdProvider", kode);
        m.put("nmProvider", nama);
        return m;
    }

    @Override
    public void close() {
        while (rejects.owed()) {
            reject();
        }
        // Each of the two JSON files shows at least one bad row.
        if (arrayStats != null && arrayStats.rejectedRows() == 0) {
            reject(true);
        }
        if (ndjsonStats != null && ndjsonStats.rejectedRows() == 0) {
            reject(false);
        }
        if (csv != null) {
            csv.close();
            return;
        }
        try {
            array.writeEndArray();
            array.close();
            ndjson.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
