package id.rekon.pispk.bench;

import id.rekon.pispk.match.Kandidat;
import id.rekon.pispk.match.ProbableMatch;
import id.rekon.pispk.match.ProbableMatcher;
import id.rekon.pispk.model.Nama;
import id.rekon.pispk.model.Sex;
import id.rekon.pispk.model.Sumber;
import id.rekon.pispk.rules.RuleSettings;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Times probable matching alone (no files, no store) at a province's size, in its worst normal
 * case: a whole PIS-PK export with every NIK damaged by Excel, so every member is a candidate
 * against every PCare row of the puskesmas. Not a test: run it by hand, e.g.
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) id.rekon.pispk.bench.ProbableMatchBenchmark 300000}
 * (see {@code docs/performance.md}).
 *
 * <p>Usage: {@code ProbableMatchBenchmark FAMILIES [FAMILIES_PER_PUSKESMAS] [SEED]}. Each family has
 * four members on average (ages 0-85, 5 % of adults born on 1 January, the usual stand-in for an
 * unknown date, which makes the largest blocks); 70 % of members are in PCare, one in ten of those
 * with a one-letter typo in the name and one in twenty with the date one day off or day and month
 * swapped. Names are given name + family name from small lists, so namesakes are common, as in a
 * desa. Prints records, pairs compared, proposals, recall of the true pairs and seconds, matching
 * puskesmas by puskesmas as the job does (one thread).
 */
public final class ProbableMatchBenchmark {

    private static final String[] GIVEN = {"YOHANES", "MARIA", "PETRUS", "YOSEFINA", "MARTHEN", "AGUSTINA",
        "FRANSISKUS", "ELISABETH", "PAULUS", "MARGARETHA", "YAKOBUS", "ESTER", "MUHAMMAD", "SITI AMINAH", "AHMAD",
        "NUR HIDAYAH", "RIDWAN", "FATIMAH", "HASAN", "AISYAH", "SRI WAHYUNI", "ABDUL RAHMAN", "DEWI", "BUDI",
        "RIZKI", "AYU", "NOVEMBER", "DESEMBER", "ARIANTO", "GORETI", "IMAKULATA", "NATALIA", "SELVI", "FEBRIANTI",
        "OKTAVIA", "KRISTIANUS", "BAPTISTA", "AGUS", "MELKIANUS", "SEMUEL"};
    private static final String[] FAMILY = {"TEFU", "NENO", "SELAN", "BANU", "TAEK", "LIUNOME", "TLONAEN", "NAHAK",
        "LAKAPU", "OEMATAN", "BOIMAU", "NOMLENI", "TAUS", "KASE", "SANTOSO", "WIJAYA", "HIDAYAT", "LATIF", "HAMID",
        "SALEH", "RAHMAN", "NDOEN", "FOEH", "MANAFE", "BESSIE", "MESAKH", "LOPO", "NUBATONIS", "SABAT", "KOLO"};

    private ProbableMatchBenchmark() {
    }

    public static void main(String[] args) {
        int families = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int perPuskesmas = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1L;
        Random rng = new Random(seed);
        LocalDate today = LocalDate.of(2026, 11, 1);
        RuleSettings settings = RuleSettings.defaults();
        ProbableMatcher matcher = new ProbableMatcher();
        long pispkTotal = 0;
        long pcareTotal = 0;
        long proposed = 0;
        long truePairs = 0;
        long trueProposed = 0;
        long nanos = 0;
        long cpu = 0;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int puskesmas = (families + perPuskesmas - 1) / perPuskesmas;
        for (int pk = 0; pk < puskesmas; pk++) {
            String kode = String.format("P53%08d", pk);
            int n = Math.min(perPuskesmas, families - pk * perPuskesmas) * 4;
            List<Kandidat> pispk = new ArrayList<>(n);
            List<Kandidat> pcare = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                Sex sex = rng.nextBoolean() ? Sex.L : Sex.P;
                String name = GIVEN[rng.nextInt(GIVEN.length)] + " " + FAMILY[rng.nextInt(FAMILY.length)];
                LocalDate dob = today.minusDays(rng.nextInt(85 * 365));
                if (dob.isBefore(today.minusYears(18)) && rng.nextDouble() < 0.05) {
                    dob = dob.withDayOfYear(1);
                }
                String key = kode + "|" + i;
                pispk.add(kandidat("PISPK|" + key, Sumber.PISPK, name, dob, sex, false, kode));
                if (rng.nextDouble() < 0.7) {
                    String pcName = rng.nextDouble() < 0.1 ? typo(name, rng) : name;
                    LocalDate pcDob = dob;
                    double u = rng.nextDouble();
                    if (u < 0.025) {
                        pcDob = dob.plusDays(1);
                    } else if (u < 0.05 && dob.getDayOfMonth() <= 12) {
                        pcDob = LocalDate.of(dob.getYear(), dob.getDayOfMonth(), dob.getMonthValue());
                    }
                    pcare.add(kandidat("PCARE|" + key, Sumber.PCARE, pcName, pcDob, sex, true, kode));
                    truePairs++;
                }
            }
            long t = System.nanoTime();
            long c = threads.getCurrentThreadCpuTime();
            List<ProbableMatch> pairs = matcher.match(pcare, pispk, settings);
            cpu += threads.getCurrentThreadCpuTime() - c;
            nanos += System.nanoTime() - t;
            pispkTotal += pispk.size();
            pcareTotal += pcare.size();
            proposed += pairs.size();
            for (ProbableMatch m : pairs) {
                if (m.left().recordKey().substring(6).equals(m.right().recordKey().substring(6))) {
                    trueProposed++;
                }
            }
        }
        System.out.printf("%d families, %d puskesmas: %d PIS-PK members (every NIK damaged) against %d PCare rows%n",
                families, puskesmas, pispkTotal, pcareTotal);
        System.out.printf("pairs compared %d, proposed %d, true pairs proposed %d of %d (%.4f), wrong %d (%.4f)%n",
                matcher.pasanganDibandingkan(), proposed, trueProposed, truePairs, (double) trueProposed / truePairs,
                proposed - trueProposed, proposed == 0 ? 0.0 : (double) (proposed - trueProposed) / proposed);
        // CPU time too: on a machine shared with other work the wall clock says little
        System.out.printf("matching took %.2f s (CPU time of the matching thread %.2f s)%n", nanos / 1e9, cpu / 1e9);
    }

    private static Kandidat kandidat(String key, Sumber sumber, String name, LocalDate dob, Sex sex, boolean nik,
            String puskesmas) {
        return new Kandidat(key, sumber, new Nama(name, name), dob, sex, List.of(), nik, puskesmas, puskesmas,
                Kandidat.Tampilan.kosong(), null);
    }

    /** One letter of the name replaced (not the first: a typo rarely is). */
    private static String typo(String name, Random rng) {
        int at = 1 + rng.nextInt(name.length() - 1);
        if (name.charAt(at) == ' ') {
            return name;
        }
        return name.substring(0, at) + (char) ('A' + rng.nextInt(26)) + name.substring(at + 1);
    }
}
