package id.rekon.pispk.output;

import id.rekon.pispk.model.RuleCode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The run's summary written as {@code ringkasan.json} by {@link RingkasanJsonWriter}. Field names
 * in the JSON are the components' names in snake_case ({@code tanggal_proses},
 * {@code per_aturan}...); they are a contract with analysts' scripts: rename nothing, only add.
 * Lists and maps keep the order given.
 *
 * @param tanggalProses the run date D
 * @param namaJob       the job definition's name
 * @param mulai         when the run started
 * @param selesai       when it finished, {@code null} while running
 * @param status        the run's exit status, e.g. {@code COMPLETED}, {@code FAILED}
 * @param masukan       one entry per input file seen
 * @param kecocokan     matching across sources
 * @param temuan        findings counts
 * @param langkah       one entry per step, in order
 * @param folderDitolak path of the {@code ditolak/} folder, as the operator should look for it
 * @param galatRute     program records the region master could not route to a puskesmas, grouped by
 *                      file and the value that failed (they are stored, never dropped)
 * @param sumberTidakAda sources that did not arrive tonight, for the whole run or for a puskesmas, with
 *                      the rules therefore not evaluated (their earlier findings stay open)
 */
public record Ringkasan(LocalDate tanggalProses, String namaJob, Instant mulai, Instant selesai, String status,
                        List<Masukan> masukan, Kecocokan kecocokan, JumlahTemuan temuan, List<Langkah> langkah,
                        String folderDitolak, List<GalatRute> galatRute, List<SumberTidakAda> sumberTidakAda) {

    /** Without missing sources. */
    public Ringkasan(LocalDate tanggalProses, String namaJob, Instant mulai, Instant selesai, String status,
                     List<Masukan> masukan, Kecocokan kecocokan, JumlahTemuan temuan, List<Langkah> langkah,
                     String folderDitolak, List<GalatRute> galatRute) {
        this(tanggalProses, namaJob, mulai, selesai, status, masukan, kecocokan, temuan, langkah, folderDitolak,
                galatRute, List.of());
    }

    public Ringkasan {
        Objects.requireNonNull(tanggalProses, "tanggalProses");
        masukan = masukan == null ? List.of() : List.copyOf(masukan);
        langkah = langkah == null ? List.of() : List.copyOf(langkah);
        galatRute = galatRute == null ? List.of() : List.copyOf(galatRute);
        sumberTidakAda = sumberTidakAda == null ? List.of() : List.copyOf(sumberTidakAda);
        kecocokan = kecocokan == null ? new Kecocokan(List.of(), 0) : kecocokan;
        temuan = temuan == null ? new JumlahTemuan(0, Map.of(), Map.of(), 0) : temuan;
    }

    /**
     * A source that did not arrive tonight.
     *
     * @param sumber             the source's label ({@code Sumber.label()})
     * @param kodePuskesmas      the puskesmas it is missing for, {@code null} when missing from the whole run
     * @param aturanTidakDinilai codes of the rules not evaluated because of it
     * @param adaSebelumnya      whether one of the job's last seven runs had it (then an export is
     *                           probably missing)
     */
    public record SumberTidakAda(String sumber, String kodePuskesmas, List<String> aturanTidakDinilai,
                                 boolean adaSebelumnya) {
    }

    /**
     * One input file.
     *
     * @param namaBerkas    file name, no folder
     * @param jenis         recognised kind ({@code SourceKind.code()}), or {@code null} when unknown
     * @param sha256        SHA-256 of the file's bytes, lower-case hex
     * @param ukuranByte    size in bytes
     * @param barisDibaca   data rows read (header not counted)
     * @param barisDisimpan rows stored
     * @param barisDitolak  rows rejected (in {@code ditolak/})
     * @param barisDilewati rows skipped on purpose (blank rows, repeated headers)
     * @param galatBerkas   Indonesian reason when the whole file failed, else {@code null}
     */
    public record Masukan(String namaBerkas, String jenis, String sha256, long ukuranByte, long barisDibaca,
                          long barisDisimpan, long barisDitolak, long barisDilewati, String galatBerkas) {
    }

    /**
     * @param nikCocok         NIK groups matched per pair of sources
     * @param kemungkinanCocok probable matches proposed (MATCH-01)
     */
    public record Kecocokan(List<PasanganSumber> nikCocok, long kemungkinanCocok) {
        public Kecocokan {
            nikCocok = nikCocok == null ? List.of() : List.copyOf(nikCocok);
        }
    }

    /**
     * @param sumberA     a source label ({@code Sumber.label()})
     * @param sumberB     the other source label
     * @param kelompokNik NIK groups found in both
     */
    public record PasanganSumber(String sumberA, String sumberB, long kelompokNik) {
    }

    /**
     * @param jumlah        all findings of the run
     * @param perAturan     rule code to count
     * @param perPuskesmas  puskesmas code to count
     * @param tidakTerarah  findings routed to no puskesmas
     */
    public record JumlahTemuan(long jumlah, Map<String, Long> perAturan, Map<String, Long> perPuskesmas,
                               long tidakTerarah) {
        public JumlahTemuan {
            perAturan = ordered(perAturan);
            perPuskesmas = ordered(perPuskesmas);
        }

        /** Counts per rule in the rules' order, every rule listed (zero included). */
        public static JumlahTemuan of(Map<RuleCode, Long> perAturan, Map<String, Long> perPuskesmas,
                                      long tidakTerarah) {
            Map<String, Long> rules = new LinkedHashMap<>();
            long jumlah = 0;
            for (RuleCode rule : RuleCode.values()) {
                long n = perAturan.getOrDefault(rule, 0L);
                rules.put(rule.code(), n);
                jumlah += n;
            }
            return new JumlahTemuan(jumlah, rules, perPuskesmas, tidakTerarah);
        }

        private static Map<String, Long> ordered(Map<String, Long> map) {
            return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
        }
    }

    /**
     * @param nama      step name
     * @param milidetik wall-clock duration in milliseconds
     * @param item      items the step handled (rows, findings, files)
     */
    public record Langkah(String nama, long milidetik, long item) {
    }

    /**
     * A routing error: records of one file whose puskesmas could not be found.
     *
     * @param nilai     what was looked up, e.g. the e-PPGBM puskesmas name or the PCare PPK code
     * @param jumlah    how many rows
     * @param barisAwal the first such row, to find it in the file
     */
    public record GalatRute(String namaBerkas, String jenis, String nilai, long jumlah, long barisAwal) {
    }
}
