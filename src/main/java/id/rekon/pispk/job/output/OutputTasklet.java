package id.rekon.pispk.job.output;

import id.rekon.pispk.job.persiapan.PreparationTasklet;
import id.rekon.pispk.job.persiapan.RegionMasterLoader;
import id.rekon.pispk.job.launch.RunParameters;
import id.rekon.pispk.job.progress.StepProgress;
import id.rekon.pispk.umpanbalik.IsianDitolakFile;
import id.rekon.pispk.job.rules.Evaluasi;
import id.rekon.pispk.model.Cakupan;
import id.rekon.pispk.model.Puskesmas;
import id.rekon.pispk.model.RuleCode;
import id.rekon.pispk.output.BerkasDitolak;
import id.rekon.pispk.model.Ditolak;
import id.rekon.pispk.output.DitolakWriter;
import id.rekon.pispk.output.IsianDitolak;
import id.rekon.pispk.output.Kabupaten;
import id.rekon.pispk.output.KabupatenTally;
import id.rekon.pispk.output.KabupatenWorkbookWriter;
import id.rekon.pispk.output.KonkordansiRow;
import id.rekon.pispk.output.OwnerOnly;
import id.rekon.pispk.output.PuskesmasNames;
import id.rekon.pispk.output.PuskesmasWorkbookWriter;
import id.rekon.pispk.output.Ringkasan;
import id.rekon.pispk.output.RingkasanJsonWriter;
import id.rekon.pispk.output.TemuanCsvWriter;
import id.rekon.pispk.output.TemuanRow;
import id.rekon.pispk.output.TemuanTidakTerarah;
import id.rekon.pispk.output.TemuanXlsxWriter;
import id.rekon.pispk.output.TidakTerarahWriter;
import id.rekon.pispk.output.WorkbookFileNames;
import id.rekon.pispk.output.WorkbookResult;
import id.rekon.pispk.region.RegionMaster;
import id.rekon.pispk.store.InputFile;
import id.rekon.pispk.store.RunKey;
import id.rekon.pispk.store.StagingStore;
import id.rekon.pispk.store.TemuanCursor;
import id.rekon.pispk.store.TemuanStore;
import id.rekon.pispk.store.TemuanTercatat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Last step: writes the run's outputs under {@code <keluaran>/<run date>/}: one workbook per
 * puskesmas, {@code temuan.csv} and {@code temuan.xlsx} (the analysts'), {@code kabupaten.xlsx} (the
 * district's), {@code tidak-terarah.csv}, {@code ditolak/} and {@code ringkasan.json}. Every file is written atomically by its writer, so a failure never leaves
 * half a file, and rerunning the step rewrites them all.
 */
public class OutputTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(OutputTasklet.class);
    /** Nights the district workbook's trend shows. */
    static final int TREN_MALAM = 14;

    private final StagingStore staging;
    private final TemuanStore temuan;
    private final RegionMasterLoader regionMasters;
    private final StepProgress progress;

    public OutputTasklet(StagingStore staging, TemuanStore temuan, RegionMasterLoader regionMasters,
            StepProgress progress) {
        this.staging = staging;
        this.temuan = temuan;
        this.regionMasters = regionMasters;
        this.progress = progress;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        JobExecution job = step.getJobExecution();
        RunParameters params = RunParameters.from(step.getJobParameters());
        Path out = params.outDir();
        Path workbooks = out.resolve("puskesmas");
        OwnerOnly.createDirectories(workbooks);
        RegionMaster master = regionMasters.load(Path.of(job.getExecutionContext().getString(PreparationTasklet.WILAYAH_KERJA))).master();

        Map<String, Puskesmas> puskesmas = new TreeMap<>();
        master.all().forEach(p -> puskesmas.put(p.kode(), p));
        for (String kode : temuan.puskesmasWithFindings(params.run())) {
            puskesmas.putIfAbsent(kode, new Puskesmas(kode, "Puskesmas " + kode));
        }
        PuskesmasWorkbookWriter workbookWriter = new PuskesmasWorkbookWriter();
        // the inputs are still where the run found them: the archive step comes after this one
        DitolakPerPuskesmas rejects = new DitolakPerPuskesmas(staging.rejects(params.run()),
                List.of(params.inbox(), params.keluaran().resolve("arsip").resolve(params.run().runDate().toString())),
                master);
        List<Cakupan.Kekurangan> kurang = staging.kekurangan(params.run());
        long written = 0;
        List<KonkordansiRow> semuaKonkordansi = new ArrayList<>();
        // tonight's refused follow-ups (step umpanBalik), each shown back on its own puskesmas's row
        Map<String, IsianDitolak> ditolak = IsianDitolakFile.read(out.resolve(IsianDitolakFile.FILE_NAME));
        for (Puskesmas p : puskesmas.values()) {
            List<KonkordansiRow> konkordansi = temuan.konkordansi(params.run(), p.kode()).stream()
                    .map(k -> new KonkordansiRow(k.kodePuskesmas(), k.indikator(), k.setuju(), k.total())).toList();
            semuaKonkordansi.addAll(konkordansi);
            // resolved tonight, from the history (step riwayat), with the team's last word on each
            List<TemuanRow> resolved = temuan.resolvedSinceLastRun(params.run(), p.kode()).stream()
                    .map(OutputTasklet::row).toList();
            try (TemuanCursor cursor = temuan.cursor(params.run(), p.kode())) {
                WorkbookResult r = workbookWriter.write(p, map(cursor, t -> shownBack(row(t), ditolak)), konkordansi,
                        resolved, perhatian(kurang, p.kode()), rejects.of(p.kode()), params.run().runDate(),
                        workbooks.resolve(WorkbookFileNames.of(p)));
                written += r.jumlah();
                if (r.dilewati() > 0) {
                    throw new IllegalStateException("Workbook " + p.kode() + " menerima " + r.dilewati()
                            + " temuan puskesmas lain; proses dihentikan agar data tidak bocor.");
                }
            }
            progress.unitDone("tulis");
        }
        log.info("{} workbook puskesmas ditulis ({} temuan) di {}", puskesmas.size(), written, workbooks);

        PuskesmasNames names = new PuskesmasNames(puskesmas.values());
        KabupatenTally tally = new KabupatenTally();
        try (TemuanCursor all = temuan.cursorAll(params.run())) {
            new TemuanCsvWriter().write(map(all, t -> {
                TemuanRow r = row(t);
                tally.add(r);
                return r;
            }), names, out.resolve(TemuanCsvWriter.FILE_NAME));
        }
        try (TemuanCursor all = temuan.cursorAll(params.run())) {
            new TemuanXlsxWriter().write(map(all, OutputTasklet::row), names, out.resolve(TemuanXlsxWriter.FILE_NAME));
        }
        new KabupatenWorkbookWriter().write(new Kabupaten(params.run().jobName(), params.run().runDate(),
                List.copyOf(puskesmas.values()), tally, semuaKonkordansi, tren(params)),
                out.resolve(KabupatenWorkbookWriter.FILE_NAME));
        try (TemuanCursor unrouted = temuan.cursor(params.run(), null)) {
            new TidakTerarahWriter().write(map(unrouted, t -> new TemuanTidakTerarah(row(t),
                    "Puskesmas pemilik tidak dapat ditentukan lewat master wilayah kerja")),
                    out.resolve(TidakTerarahWriter.FILE_NAME));
        }
        List<InputFile> files = staging.files(params.run());
        List<BerkasDitolak> refused = files.stream().filter(f -> f.error() != null)
                .map(f -> new BerkasDitolak(f.fileName(), f.kind(), f.error())).toList();
        new DitolakWriter().write(rejects.semua().iterator(), refused, out.resolve(DitolakWriter.FOLDER));

        new RingkasanJsonWriter().write(summary(params, job, step, files, kurang),
                out.resolve(RingkasanJsonWriter.FILE_NAME));
        return RepeatStatus.FINISHED;
    }

    /** Findings per puskesmas on each of the last {@value #TREN_MALAM} runs, oldest first (tonight last). */
    private List<Kabupaten.TrenMalam> tren(RunParameters params) {
        List<Kabupaten.TrenMalam> nights = new ArrayList<>();
        for (LocalDate date : temuan.runDates(params.run().jobName(), TREN_MALAM)) {
            if (date.isAfter(params.run().runDate())) {
                continue; // a rerun of an older date shows the nights up to it
            }
            Map<String, Long> perPuskesmas = new TreeMap<>();
            temuan.countsByRuleAndPuskesmas(new RunKey(params.run().jobName(), date)).values()
                    .forEach(byPkm -> byPkm.forEach((kode, n) -> {
                        if (kode != null) {
                            perPuskesmas.merge(kode, n, Long::sum);
                        }
                    }));
            nights.add(0, new Kabupaten.TrenMalam(date, perPuskesmas));
        }
        return nights;
    }

    private Ringkasan summary(RunParameters params, JobExecution job, StepExecution current, List<InputFile> files,
            List<Cakupan.Kekurangan> kurang) {
        List<Ringkasan.Masukan> inputs = files.stream().map(f -> new Ringkasan.Masukan(f.fileName(), f.kind(), f.sha256(),
                f.sizeBytes(), f.rowsRead(), f.rowsStored(), f.rowsRejected(), f.rowsSkipped(), f.error())).toList();
        List<Ringkasan.PasanganSumber> pairs = new ArrayList<>();
        pairs.add(new Ringkasan.PasanganSumber("PIS-PK", "e-PPGBM", staging.stat(params.run(), Evaluasi.PISPK_EPPGBM)));
        pairs.add(new Ringkasan.PasanganSumber("PIS-PK", "PCare", staging.stat(params.run(), Evaluasi.PISPK_PCARE)));
        pairs.add(new Ringkasan.PasanganSumber("PIS-PK", "KUA", staging.stat(params.run(), Evaluasi.PISPK_KUA)));
        Map<RuleCode, Long> perRule = new EnumMap<>(RuleCode.class);
        Map<String, Long> perPuskesmas = new LinkedHashMap<>();
        long unrouted = 0;
        for (Map.Entry<String, Map<String, Long>> e : temuan.countsByRuleAndPuskesmas(params.run()).entrySet()) {
            RuleCode rule = RuleCode.fromCode(e.getKey());
            for (Map.Entry<String, Long> c : e.getValue().entrySet()) {
                perRule.merge(rule, c.getValue(), Long::sum);
                if (c.getKey() == null) {
                    unrouted += c.getValue();
                } else {
                    perPuskesmas.merge(c.getKey(), c.getValue(), Long::sum);
                }
            }
        }
        List<Ringkasan.Langkah> steps = new ArrayList<>();
        for (StepExecution s : job.getStepExecutions()) {
            if (s.getStepName().contains(":")) {
                continue; // a partition of the read step (one per file): the step itself carries the totals
            }
            LocalDateTime end = s.getEndTime() == null ? LocalDateTime.now() : s.getEndTime();
            long ms = s.getStartTime() == null ? 0 : Duration.between(s.getStartTime(), end).toMillis();
            steps.add(new Ringkasan.Langkah(s.getStepName(), ms, s.getReadCount()));
        }
        List<Ringkasan.GalatRute> routing = staging.unroutedGrouped(params.run()).stream()
                .map(r -> new Ringkasan.GalatRute((String) r[0], (String) r[1], (String) r[2], (Long) r[3], (Long) r[4]))
                .toList();
        Instant started = job.getStartTime() == null ? Instant.now()
                : job.getStartTime().atZone(ZoneId.systemDefault()).toInstant();
        return new Ringkasan(params.run().runDate(), params.run().jobName(), started, Instant.now(), "COMPLETED",
                inputs, new Ringkasan.Kecocokan(pairs, temuan.countProbable(params.run())),
                Ringkasan.JumlahTemuan.of(perRule, perPuskesmas, unrouted), steps,
                params.outDir().resolve(DitolakWriter.FOLDER).toAbsolutePath().normalize().toString(), routing,
                kurang.stream().map(k -> new Ringkasan.SumberTidakAda(k.sumber().label(),
                        k.kodePuskesmas(), k.aturan().stream().map(RuleCode::code).toList(), k.diharapkan())).toList());
    }

    /**
     * What the team should know about tonight's missing sources, for its own puskesmas or the whole
     * run: only sources a recent run had (a job that never receives a source says nothing).
     */
    static List<String> perhatian(List<Cakupan.Kekurangan> kurang, String kodePuskesmas) {
        List<String> lines = new ArrayList<>();
        for (Cakupan.Kekurangan k : kurang) {
            if (k.diharapkan() && (k.kodePuskesmas() == null || k.kodePuskesmas().equals(kodePuskesmas))) {
                lines.add("Data " + k.sumber().label() + (k.kodePuskesmas() == null ? "" : " puskesmas ini")
                        + " tidak ada pada proses malam ini. Aturan " + Cakupan.aturanTeks(k.sumber(), k.aturan())
                        + " tidak dinilai; temuan lamanya tetap terbuka sampai data itu ada lagi.");
            }
        }
        return lines;
    }

    private static TemuanRow shownBack(TemuanRow row, Map<String, IsianDitolak> ditolak) {
        IsianDitolak refused = ditolak.get(IsianDitolakFile.key(row.temuan().idTemuan(), row.temuan().kodePuskesmas()));
        return refused == null ? row : row.withDitolak(refused);
    }

    private static TemuanRow row(TemuanTercatat t) {
        return new TemuanRow(t.temuan(), t.status(), t.pertamaTerlihat(), t.tindakLanjut(), t.catatan());
    }

    private static <A, B> Iterator<B> map(Iterator<A> source, Function<A, B> f) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return source.hasNext();
            }

            @Override
            public B next() {
                return f.apply(source.next());
            }
        };
    }
}
