package id.rekon.pispk.sample;

import id.rekon.pispk.model.RuleCode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a synthetic kabupaten (Timor Tengah Selatan, 53.02) as one night's inbox and its ground
 * truth.
 *
 * <pre>
 * &lt;out&gt;/inbox/                      the exports: PIS-PK (raw survey XLSX or two CSVs per puskesmas),
 *                                  e-PPGBM XLSX, PCare CSV or JSON + NDJSON, KUA XLS, one renamed
 *                                  export and one file that is no export at all
 * &lt;out&gt;/referensi/wilayah-kerja.csv the region master
 * &lt;out&gt;/manifest.json              what was written and the findings the job must produce
 * </pre>
 *
 * Deterministic: the same settings give the same bytes in every file (workbooks carry the run
 * date as their creation time). Streams: memory does not grow with the number of families beyond the
 * manifest's findings, so 250,000 families run in a 512 MB heap. Not thread-safe; one run at a time
 * per output folder. Files already in {@code <out>/inbox/} are deleted first.
 */
public final class SampleDataGenerator {

    static final String KABUPATEN = "53.02";

    private SampleDataGenerator() {
    }

    public static Manifest generate(GeneratorSettings s) {
        Path inbox = s.out().resolve("inbox");
        Path ref = s.out().resolve("referensi");
        prepare(inbox);
        try {
            Files.createDirectories(ref);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Rng rng = new Rng(s.seed());
        Wilayah wilayah = Wilayah.load(KABUPATEN, s.wilayahDir());
        Kabupaten kab = Kabupaten.build(wilayah, s.keluarga(), rng);
        Names names = new Names(rng);
        FamilyFactory factory = new FamilyFactory(kab, rng, names, new NikAllocator(), s.runDate());
        ManifestBuilder mb = new ManifestBuilder();
        Cells cells = new Cells(rng, s.runDate());
        checkEksporRusak(s.eksporRusak(), kab);
        Injector injector = new Injector(factory, kab, rng, mb, s.keluarga(), s.eksporRusak());
        try (Outputs outputs = new Outputs(inbox, kab, s, cells, factory, mb)) {
            List<Kabupaten.PuskesmasArea> pkm = kab.puskesmas();
            for (int i = 0; i < s.keluarga(); i++) {
                FamilyFactory.VisitPlan plan = injector.planVisit(i);
                Family f = factory.create(i, pkm.get(rng.between(0, pkm.size() - 1)), plan);
                injector.visitPlanned(f, plan);
                injector.apply(f);
                outputs.write(f);
            }
        }
        ReferenceFiles.regionMaster(ref.resolve("wilayah-kerja.csv"), kab);
        ReferenceFiles.operatorNotes(inbox, mb, s.runDate().toString());

        Manifest m = new Manifest(1, SampleDataGenerator.class.getName(), s.seed(), s.runDate().toString(),
                s.keluarga(), new Manifest.KabupatenInfo(KABUPATEN, wilayah.namaKabupaten(), wilayah.namaProvinsi()),
                puskesmas(kab), "referensi/wilayah-kerja.csv", mb.fileEntries(), mb.findings(), completeRules(),
                mustPerRule(mb.findings()), injector.counts(), conventions(s.eksporRusak()));
        m.write(s.out().resolve("manifest.json"));
        return m;
    }

    private static void checkEksporRusak(String kode, Kabupaten kab) {
        if (kode == null) {
            return;
        }
        Kabupaten.PuskesmasArea p = kab.puskesmas().stream().filter(x -> x.kode().equals(kode)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown puskesmas for eksporRusak: " + kode));
        if (p.rawSurvei()) {
            throw new IllegalArgumentException("eksporRusak needs a puskesmas with the two-CSV PIS-PK layout; "
                    + kode + " sends the raw survey workbook (CSV layout: " + kab.puskesmas().stream()
                    .filter(x -> !x.rawSurvei()).map(Kabupaten.PuskesmasArea::kode).toList() + ")");
        }
    }

    private static void prepare(Path inbox) {
        try {
            Files.createDirectories(inbox);
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(inbox)) {
                for (Path p : ds) {
                    if (Files.isRegularFile(p)) {
                        Files.delete(p);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Manifest.PuskesmasInfo> puskesmas(Kabupaten kab) {
        List<Manifest.PuskesmasInfo> out = new ArrayList<>();
        for (Kabupaten.PuskesmasArea p : kab.puskesmas()) {
            out.add(new Manifest.PuskesmasInfo(p.kode(), p.nama(), p.alias(), p.kodePpk(), p.kodeKecamatan(),
                    p.namaKecamatan(), p.desa().size(), p.rawSurvei() ? "pispk-raw-survei" : "pispk-csv",
                    p.pcareCsv() ? "csv" : "json+ndjson"));
        }
        return out;
    }

    /** Every rule: the injections and the clean base are built so each rule's list is complete. */
    static List<String> completeRules() {
        List<String> out = new ArrayList<>();
        for (RuleCode r : RuleCode.values()) {
            out.add(r.code());
        }
        return out;
    }

    private static Map<String, Integer> mustPerRule(List<Manifest.Finding> findings) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (RuleCode r : RuleCode.values()) {
            int n = (int) findings.stream().filter(f -> f.rule().equals(r.code()) && "must".equals(f.expect())).count();
            m.put(r.code(), n);
        }
        return m;
    }

    private static Map<String, String> conventions(String eksporRusak) {
        Map<String, String> c = new LinkedHashMap<>();
        if (eksporRusak != null) {
            c.put("ekspor_rusak", "pispk_anggota_" + eksporRusak + ".csv has every NIK in scientific notation "
                    + "(a whole export saved by Excel; extra rejected rows keep theirs) and that puskesmas gets no "
                    + "other injection. Expected: NIK-02 per member; MATCH-01 with the member's PCare, e-PPGBM and "
                    + "KUA records owned by the same puskesmas (e-PPGBM at every age, as the spec says); BALITA-01/02 "
                    + "only where no pair can be made; 'may' for a grandchild whose e-PPGBM parents are not in the "
                    + "family and for TUMBUH-01 of an unpaired child.");
        }
        c.put("subject", "A person's real 16-digit NIK when they have one, even when the record shows it damaged "
                + "or invalid; 'nonik:<source>:<NIK digits as written>:<NAME>:<birth date>' for a record of someone "
                + "without a NIK; the shared NIK for NIK-04; No Pendaftaran for KUA rules; Kode Keluarga for SURVEI-01; "
                + "'<pispk side>|<eppgbm side>' for MATCH-01, each side '<source>:<NIK digits as written>:<NAME>:<birth date>'. "
                + "NAME is normalised: upper case, accents folded, apostrophes, dots and titles (NY, TN, AN, BY, H, HJ, "
                + "S.PD) removed, single spaces.");
        c.put("nik", "The NIK digits as the finding's record shows them (what temuan.csv's nik column holds): "
                + "for a numeric cell the digits Excel kept, for scientific text the digits of the text.");
        c.put("expect", "must: the job reports it. may: the spec leaves the cascade open. none: a deliberate "
                + "near miss at a rule's boundary that the job must not report.");
        c.put("complete_rules", "For these rules the job's findings must include every 'must' and nothing "
                + "outside 'must' and 'may', compared on rule, kode_puskesmas and subject.");
        c.put("assumptions", "A blank NIK is no NIK finding. A damaged or decorated No KK is no finding. "
                + "Apostrophes, spaces, dots and dashes around a valid NIK are stripped, not damage. NIK-04 once per "
                + "NIK and source; quality findings once per source and person; MATCH-01 once per pair. "
                + "HT-02 reads 'blank or T' literally (no injection uses N). Ages are Umur.bulan.");
        c.put("rejected_rows", "Extra rows added next to real ones, so rejecting them loses no person or family: "
                + "blank Kode Keluarga, blank Nama, impossible Tanggal Lahir or Tanggal Kunjungan, blank or "
                + "impossible Tanggal Pengukuran, blank No Kartu, blank No Pendaftaran. In the raw survey workbook "
                + "only member fields are broken; 'families' there counts distinct families among stored rows.");
        c.put("kode_puskesmas", "'P' + six-digit kecamatan code + '0101' (e.g. P5302010101); Kode PPK BPJS "
                + "'02' + kecamatan number + 'B' + kecamatan number on three digits (e.g. 0201B001).");
        c.put("birth_days", "The clean population is born on days 2-25 only; records without a usable NIK are "
                + "born on day 27 (designed probable pairs), 29 (PIS-PK) or 31 (other sources), so the probable "
                + "matcher finds no accidental look-alike.");
        return c;
    }

    /**
     * {@code --out DIR --keluarga N --seed S --run-date YYYY-MM-DD --wilayah DIR}; defaults
     * {@code sample-data}, 300, 42, 2026-11-01, {@code ../shared/reference/wilayah};
     * {@code --ekspor-rusak KODE} writes that puskesmas's PIS-PK members CSV with every NIK damaged by Excel.
     */
    public static void main(String[] args) {
        GeneratorSettings s = GeneratorSettings.defaults();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (i + 1 >= args.length) {
                usage("missing value for " + a);
            }
            String v = args[++i];
            switch (a) {
                case "--out" -> s = s.withOut(Path.of(v));
                case "--keluarga" -> s = s.withKeluarga(Integer.parseInt(v));
                case "--seed" -> s = s.withSeed(Long.parseLong(v));
                case "--run-date" -> s = s.withRunDate(LocalDate.parse(v));
                case "--wilayah" -> s = s.withWilayahDir(Path.of(v));
                case "--xlsx-max-rows" -> s = s.withMaxRows(Integer.parseInt(v), s.xlsMaxRows());
                case "--ekspor-rusak" -> s = s.withEksporRusak(v);
                default -> usage("unknown option " + a);
            }
        }
        long t0 = System.nanoTime();
        Manifest m = generate(s);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long rows = m.files().stream().mapToLong(Manifest.FileEntry::dataRows).sum();
        System.out.printf("%d keluarga, %d files, %d data rows, %d findings (%d must) written to %s in %d ms%n",
                m.keluarga(), m.files().size(), rows, m.findings().size(), m.mustFindings().size(),
                s.out().toAbsolutePath().normalize(), ms);
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: SampleDataGenerator [--out DIR] [--keluarga N] [--seed S] "
                + "[--run-date YYYY-MM-DD] [--wilayah DIR] [--xlsx-max-rows N] [--ekspor-rusak KODE_PUSKESMAS]");
        System.exit(2);
    }
}
