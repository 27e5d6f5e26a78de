package id.rekon.pispk.region;

import id.rekon.pispk.normalise.ProvinceCodes;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The official Kemendagri region codes (provinces, kab/kota, kecamatan, desa/kelurahan) from
 * {@code wilayah/*.csv} on the classpath: idn-area-data 4.0.1 (Kepmendagri
 * 300.2.2-2138/2025), ODbL 1.0; see {@code wilayah/NOTICE}.
 *
 * <p>Each level is read on first use and then kept in memory: asking for provinces (all that
 * {@link id.rekon.pispk.normalise.NikClassifier} needs) never loads the 83,000 villages. Codes
 * are accepted with or without dots ({@code 53.02.01.2001} or {@code 5302012001}).
 * Thread-safe: loading is synchronised per level.
 */
public final class Kemendagri implements ProvinceCodes {

    private static final String FOLDER = "wilayah/";

    private final Level provinces;
    private final Level regencies;
    private final Level districts;
    private final Level villages;

    private Kemendagri(Function<String, InputStream> opener) {
        this.provinces = new Level(opener, "provinces.csv", null);
        this.regencies = new Level(opener, "regencies.csv", "province_code");
        this.districts = new Level(opener, "districts.csv", "regency_code");
        this.villages = new Level(opener, "villages.csv", "district_code");
    }

    /** The codes shipped in this product's {@code wilayah/} classpath folder. */
    public static Kemendagri fromClasspath() {
        ClassLoader loader = Kemendagri.class.getClassLoader();
        return new Kemendagri(name -> loader.getResourceAsStream(FOLDER + name));
    }

    /**
     * Codes read from elsewhere (tests, a newer table): {@code opener} returns the stream of a
     * file name ({@code provinces.csv}, ...) laid out like idn-area-data, or {@code null}.
     */
    public static Kemendagri from(Function<String, InputStream> opener) {
        return new Kemendagri(Objects.requireNonNull(opener, "opener"));
    }

    @Override
    public boolean isKnownProvince(String twoDigits) {
        return twoDigits != null && provinces.map().containsKey(twoDigits);
    }

    /** @param code two digits, e.g. {@code 53} */
    public Optional<Wilayah> provinsi(String code) {
        return provinces.get(code);
    }

    /** @param code {@code 53.02} or {@code 5302} */
    public Optional<Wilayah> kabupaten(String code) {
        return regencies.get(code);
    }

    /** @param code {@code 53.02.01} or {@code 530201} */
    public Optional<Wilayah> kecamatan(String code) {
        return districts.get(code);
    }

    /** @param code {@code 53.02.01.2001} or {@code 5302012001} */
    public Optional<Wilayah> desa(String code) {
        return villages.get(code);
    }

    /** Every province, in code order. */
    public Collection<Wilayah> semuaProvinsi() {
        return provinces.map().values();
    }

    private static String digits(String code) {
        if (code == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(code.length());
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c >= '0' && c <= '9') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** One file, loaded once on first use. */
    private static final class Level {
        private final Function<String, InputStream> opener;
        private final String file;
        private final String parentColumn;
        private volatile Map<String, Wilayah> byCode;

        Level(Function<String, InputStream> opener, String file, String parentColumn) {
            this.opener = opener;
            this.file = file;
            this.parentColumn = parentColumn;
        }

        Optional<Wilayah> get(String code) {
            return Optional.ofNullable(map().get(digits(code)));
        }

        Map<String, Wilayah> map() {
            Map<String, Wilayah> m = byCode;
            if (m == null) {
                synchronized (this) {
                    m = byCode;
                    if (m == null) {
                        m = load();
                        byCode = m;
                    }
                }
            }
            return m;
        }

        private Map<String, Wilayah> load() {
            InputStream in = opener.apply(file);
            if (in == null) {
                throw new IllegalStateException("Kode wilayah Kemendagri tidak ditemukan: " + FOLDER + file);
            }
            Map<String, Wilayah> m = new TreeMap<>();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
                for (CSVRecord r : format.parse(reader)) {
                    String code = digits(r.get("code"));
                    String parent = parentColumn == null ? "" : digits(r.get(parentColumn));
                    m.put(code, new Wilayah(code, r.get("name").trim(), parent));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Kode wilayah Kemendagri tidak dapat dibaca: " + file, e);
            }
            return Collections.unmodifiableMap(m);
        }
    }
}
