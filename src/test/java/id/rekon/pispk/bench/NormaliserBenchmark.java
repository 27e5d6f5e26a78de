package id.rekon.pispk.bench;

import id.rekon.pispk.model.CellValue;
import id.rekon.pispk.normalise.DesimalParser;
import id.rekon.pispk.normalise.DesimalParserViaRegex;
import id.rekon.pispk.normalise.NamaNormaliser;
import id.rekon.pispk.normalise.NamaNormaliserViaRegex;
import id.rekon.pispk.normalise.NamaOrtuSplitter;
import id.rekon.pispk.normalise.NamaOrtuSplitterViaRegex;
import id.rekon.pispk.normalise.NikClassifier;
import id.rekon.pispk.normalise.NikClassifierViaRegex;
import id.rekon.pispk.normalise.RtRwParser;
import id.rekon.pispk.normalise.RtRwParserViaRegex;
import id.rekon.pispk.normalise.TanggalParser;
import id.rekon.pispk.normalise.TanggalParserViaRegex;
import id.rekon.pispk.region.Kemendagri;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Times the normalisers on the read step's hot path, each before (the pattern versions kept as the
 * tests' oracles, {@code *ViaRegex}) and now, on one thread, on inputs shaped like the exports:
 * the names, NIKs and dates of {@code sample-data}'s PCare CSV (with titles and parents cells made
 * from them), weights such as {@code 12,5} and RT/RW such as {@code 003/002}. Not a test: run it
 * by hand from the project folder (see {@code docs/performance.md}),
 * {@code java -cp $CP id.rekon.pispk.bench.NormaliserBenchmark [ROUNDS]}.
 *
 * <p>Prints, per normaliser, nanoseconds per call before and now, the best of {@code ROUNDS}
 * (default 7) rounds of at least 300 000 calls each after a warm-up.
 */
public final class NormaliserBenchmark {

    private static final int CALLS = 300_000;

    private NormaliserBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        Inputs in = Inputs.from(Path.of("sample-data/inbox/peserta_pcare_0201B001.csv"), new Random(1L));

        NamaNormaliser nama = new NamaNormaliser();
        NamaNormaliserViaRegex namaLama = new NamaNormaliserViaRegex();
        time("NamaNormaliser.normalise + isBayiNyonya", in.names, rounds,
                s -> namaLama.isBayiNyonya(namaLama.normalise(s).asli()),
                s -> nama.isBayiNyonya(nama.normalise(s).asli()));
        time("NamaNormaliser.fold", in.names, rounds, NamaNormaliserViaRegex::fold, NamaNormaliser::fold);

        NamaOrtuSplitter ortu = new NamaOrtuSplitter();
        NamaOrtuSplitterViaRegex ortuLama = new NamaOrtuSplitterViaRegex();
        time("NamaOrtuSplitter.split", in.parents, rounds, ortuLama::split, ortu::split);

        TanggalParser tanggal = new TanggalParser(Year.of(2026));
        TanggalParserViaRegex tanggalLama = new TanggalParserViaRegex(Year.of(2026));
        time("TanggalParser.read", in.dates, rounds,
                s -> tanggalLama.read(CellValue.text(s)), s -> tanggal.read(CellValue.text(s)));

        DesimalParser desimal = new DesimalParser();
        DesimalParserViaRegex desimalLama = new DesimalParserViaRegex();
        time("DesimalParser.parse", in.decimals, rounds, desimalLama::parse, desimal::parse);

        Kemendagri provinces = Kemendagri.fromClasspath();
        NikClassifier nik = new NikClassifier(provinces);
        NikClassifierViaRegex nikLama = new NikClassifierViaRegex(provinces);
        time("NikClassifier.classify", in.niks, rounds,
                s -> nikLama.classify(CellValue.text(s)), s -> nik.classify(CellValue.text(s)));

        RtRwParser rtRw = new RtRwParser();
        RtRwParserViaRegex rtRwLama = new RtRwParserViaRegex();
        time("RtRwParser.combine", in.rtRw, rounds, s -> rtRwLama.combine(s, null, null), s -> rtRw.combine(s, null, null));
    }

    private static void time(String what, List<String> inputs, int rounds, Consumer<String> before, Consumer<String> now) {
        double bestBefore = Double.MAX_VALUE;
        double bestNow = Double.MAX_VALUE;
        run(inputs, before);
        run(inputs, now);
        for (int r = 0; r < rounds; r++) {
            bestBefore = Math.min(bestBefore, run(inputs, before));
            bestNow = Math.min(bestNow, run(inputs, now));
        }
        System.out.printf("%-42s before %7.0f ns  now %7.0f ns  (%.1fx)%n", what, bestBefore, bestNow, bestBefore / bestNow);
    }

    /** Nanoseconds per call over at least {@link #CALLS} calls. */
    private static double run(List<String> inputs, Consumer<String> f) {
        int calls = 0;
        long start = System.nanoTime();
        while (calls < CALLS) {
            for (String s : inputs) {
                f.accept(s);
            }
            calls += inputs.size();
        }
        return (System.nanoTime() - start) / (double) calls;
    }

    /** The inputs, from the sample PCare export and what the generator writes elsewhere. */
    private record Inputs(List<String> names, List<String> parents, List<String> dates, List<String> decimals,
                          List<String> niks, List<String> rtRw) {

        static Inputs from(Path pcareCsv, Random rng) throws IOException {
            List<String> names = new ArrayList<>();
            List<String> parents = new ArrayList<>();
            List<String> dates = new ArrayList<>();
            List<String> decimals = new ArrayList<>();
            List<String> niks = new ArrayList<>();
            List<String> rtRw = new ArrayList<>();
            List<String> lines = Files.readAllLines(pcareCsv, StandardCharsets.UTF_8);
            String[] parentSeparators = {" / ", " DAN ", " & ", ", "};
            String[] dateForms = {"%2$02d/%3$02d/%1$d", "%1$d-%3$02d-%2$02d", "%2$d/%3$d/%1$d", "%2$02d-%3$02d-%1$d"};
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(";", -1);
                String nama = f[3];
                names.add(nama);
                niks.add(f[2]);
                dates.add(f[5]);
                if (rng.nextInt(3) == 0) {
                    parents.add(nama);
                } else {
                    String other = lines.get(1 + rng.nextInt(lines.size() - 1)).split(";", -1)[3];
                    parents.add(nama + parentSeparators[rng.nextInt(parentSeparators.length)] + other);
                }
                // e-PPGBM and PIS-PK write other date forms than PCare's dd/MM/yyyy.
                dates.add(String.format(dateForms[rng.nextInt(dateForms.length)],
                        1950 + rng.nextInt(75), 1 + rng.nextInt(28), 1 + rng.nextInt(12)));
                decimals.add((2 + rng.nextInt(20)) + (rng.nextBoolean() ? "," : ".") + rng.nextInt(10));
                decimals.add(Integer.toString(40 + rng.nextInt(80)));
                rtRw.add(String.format("%03d/%03d", 1 + rng.nextInt(20), 1 + rng.nextInt(9)));
            }
            return new Inputs(names, parents, dates, decimals, niks, rtRw);
        }
    }
}
