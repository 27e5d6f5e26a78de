package id.rekon.pispk.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The synthetic kabupaten: one puskesmas per kecamatan for the first {@code K} kecamatan, each
 * serving every desa of its kecamatan, each desa with one or two posyandu meeting on a fixed day
 * of the month.
 *
 * <p>Codes, documented in {@code sample-data/README.md}: Kode Puskesmas is {@code P}, the
 * six-digit kecamatan code and {@code 0101} (the kecamatan's first facility), e.g.
 * {@code P5302010101}, eleven characters like the spec's {@code P5301010101}; Kode PPK BPJS is
 * {@code 02}, the two-digit kecamatan number, {@code B} and the number again on three digits,
 * e.g. {@code 0201B001}; the KUA code used in SIMKAH registration numbers is the six-digit
 * kecamatan code and {@code 1}.
 */
final class Kabupaten {

    /** A posyandu and the day of the month it weighs children (5 to 25). */
    record Posyandu(String nama, int hari) {
    }

    /** A desa a puskesmas serves, with its posyandu. */
    record DesaArea(Wilayah.Desa desa, List<Posyandu> posyandu) {

        String nama() {
            return desa.nama();
        }

        String kode() {
            return desa.kode();
        }
    }

    /**
     * A puskesmas and its working area.
     *
     * @param rawSurvei whether its PIS-PK arrives as the app's raw survey workbook (else two CSVs)
     * @param pcareCsv  whether its PCare list arrives as a CSV (else JSON and NDJSON)
     */
    record PuskesmasArea(int index, String kode, String nama, List<String> alias, String kodePpk,
                         Wilayah.Kecamatan kecamatan, List<DesaArea> desa, boolean rawSurvei, boolean pcareCsv) {

        String kodeKecamatan() {
            return kecamatan.kode();
        }

        String namaKecamatan() {
            return kecamatan.nama();
        }

        String kodeKua() {
            return kecamatan.kode() + "1";
        }
    }

    private static final String[] POSYANDU = {"MAWAR", "MELATI", "ANGGREK", "KENANGA", "SEROJA", "FLAMBOYAN",
        "CEMPAKA", "TERATAI", "DAHLIA", "KASIH IBU", "SEHATI", "BERSEHATI", "BOUGENVILLE", "LESTARI"};
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V"};

    private final Wilayah wilayah;
    private final List<PuskesmasArea> puskesmas;

    private Kabupaten(Wilayah wilayah, List<PuskesmasArea> puskesmas) {
        this.wilayah = wilayah;
        this.puskesmas = puskesmas;
    }

    /** How many puskesmas a run of this size covers: about one per 150 families, at least two. */
    static int puskesmasCount(int families, int kecamatan) {
        return Math.max(2, Math.min(kecamatan, (int) Math.round(families / 150.0)));
    }

    static Kabupaten build(Wilayah wilayah, int families, Rng rng) {
        int k = puskesmasCount(families, wilayah.kecamatan().size());
        List<PuskesmasArea> list = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            Wilayah.Kecamatan kec = wilayah.kecamatan().get(i);
            int no = Integer.parseInt(kec.kode().substring(4));
            List<DesaArea> desa = new ArrayList<>();
            for (Wilayah.Desa d : kec.desa()) {
                List<Posyandu> pos = new ArrayList<>();
                int n = rng.chance(0.4) ? 2 : 1;
                for (int j = 0; j < n; j++) {
                    pos.add(new Posyandu(rng.pick(POSYANDU) + " " + ROMAN[rng.between(0, ROMAN.length - 1)],
                            rng.between(5, 25)));
                }
                desa.add(new DesaArea(d, List.copyOf(pos)));
            }
            String nama = "Puskesmas " + kec.nama();
            List<String> alias = List.of("PKM " + kec.nama(), kec.nama().toUpperCase(Locale.ROOT),
                    "Puskesmas " + misspell(kec.nama()));
            list.add(new PuskesmasArea(i, "P" + kec.kode() + "0101", nama, alias,
                    String.format("02%02dB%03d", no, no), kec, List.copyOf(desa), i % 2 == 0, i % 2 == 0));
        }
        return new Kabupaten(wilayah, List.copyOf(list));
    }

    /** A typo an operator makes: a doubled letter undoubled, else the third letter doubled. */
    static String misspell(String name) {
        for (int i = 1; i < name.length(); i++) {
            if (Character.isLetter(name.charAt(i)) && Character.toLowerCase(name.charAt(i))
                    == Character.toLowerCase(name.charAt(i - 1))) {
                return name.substring(0, i) + name.substring(i + 1);
            }
        }
        int i = Math.min(2, name.length() - 1);
        return name.substring(0, i + 1) + name.charAt(i) + name.substring(i + 1);
    }

    Wilayah wilayah() {
        return wilayah;
    }

    List<PuskesmasArea> puskesmas() {
        return puskesmas;
    }

    PuskesmasArea other(PuskesmasArea p, Rng rng) {
        int j = rng.between(0, puskesmas.size() - 2);
        return puskesmas.get(j >= p.index() ? j + 1 : j);
    }

    /** Province name in capitals as e-PPGBM writes it. */
    String provinsiUpper() {
        return wilayah.namaProvinsi().toUpperCase(Locale.ROOT);
    }

    /** Kabupaten name without "Kabupaten", in capitals. */
    String kabupatenUpper() {
        return wilayah.namaKabupaten().replaceFirst("(?i)^kabupaten ", "").toUpperCase(Locale.ROOT);
    }
}
