package id.rekon.pispk.sample;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The Kemendagri codes the generator needs: the kecamatan and desa of one kabupaten, and a few
 * kecamatan of the other kabupaten of its province (people move, and a NIK keeps the region where
 * it was first issued). Read from the classpath folder {@code wilayah/} when present, otherwise
 * from a folder on disk; the files are {@code idn-area-data}'s (ODbL).
 *
 * @param kodeKabupaten dotted code, e.g. {@code 53.02}
 * @param namaKabupaten e.g. {@code Kabupaten Timor Tengah Selatan}
 * @param namaProvinsi  e.g. {@code Nusa Tenggara Timur}
 * @param kecamatan     the kabupaten's kecamatan in code order
 * @param lainProvinsi  six-digit codes of kecamatan elsewhere in the same province
 */
record Wilayah(String kodeKabupaten, String namaKabupaten, String namaProvinsi,
               List<Kecamatan> kecamatan, List<String> lainProvinsi) {

    /** A kecamatan: six-digit code ({@code 530201}), display name, desa in code order. */
    record Kecamatan(String kode, String nama, List<Desa> desa) {
    }

    /** A desa or kelurahan: ten-digit code ({@code 5302011001}) and display name. */
    record Desa(String kode, String nama) {

        /** In Kemendagri village codes the first digit after the kecamatan is 1 for a kelurahan. */
        boolean kelurahan() {
            return kode.charAt(6) == '1';
        }
    }

    static Wilayah load(String kodeKabupaten, Path folder) {
        String prov = kodeKabupaten.substring(0, 2);
        String namaKab;
        String[] names = new String[2];
        read("regencies.csv", folder, r -> {
            if (r.get("code").equals(kodeKabupaten)) {
                names[0] = r.get("name");
            }
        });
        read("provinces.csv", folder, r -> {
            if (r.get("code").equals(prov)) {
                names[1] = r.get("name");
            }
        });
        namaKab = names[0];
        String namaProv = names[1];
        if (namaKab == null || namaProv == null) {
            throw new IllegalStateException("Kabupaten " + kodeKabupaten + " not found in the region codes");
        }
        Map<String, String> kecNames = new LinkedHashMap<>();
        Map<String, String> firstOfOtherKab = new LinkedHashMap<>();
        read("districts.csv", folder, r -> {
            String code = r.get("code");
            String regency = r.get("regency_code");
            if (regency.equals(kodeKabupaten)) {
                kecNames.put(code, r.get("name"));
            } else if (regency.startsWith(prov + ".")) {
                firstOfOtherKab.putIfAbsent(regency, code.replace(".", ""));
            }
        });
        Map<String, List<Desa>> desa = new LinkedHashMap<>();
        read("villages.csv", folder, r -> {
            String district = r.get("district_code");
            if (kecNames.containsKey(district)) {
                desa.computeIfAbsent(district, k -> new ArrayList<>())
                        .add(new Desa(r.get("code").replace(".", ""), titleCase(r.get("name"))));
            }
        });
        List<Kecamatan> kec = new ArrayList<>();
        kecNames.forEach((code, name) -> {
            List<Desa> d = desa.getOrDefault(code, List.of());
            if (!d.isEmpty()) {
                kec.add(new Kecamatan(code.replace(".", ""), titleCase(name), List.copyOf(d)));
            }
        });
        if (kec.size() < 2) {
            throw new IllegalStateException("Kabupaten " + kodeKabupaten + " has fewer than two kecamatan with desa");
        }
        return new Wilayah(kodeKabupaten, namaKab, namaProv, List.copyOf(kec),
                List.copyOf(firstOfOtherKab.values()));
    }

    /** {@code KI'E} to {@code Ki'e}, {@code Kot olin} to {@code Kot Olin}, {@code SoE} to {@code Soe}. */
    static String titleCase(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean start = true;
        for (char c : s.trim().toLowerCase(Locale.ROOT).toCharArray()) {
            b.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-' || c == '(' || c == '/';
        }
        return b.toString();
    }

    private static void read(String file, Path folder, Consumer<CSVRecord> each) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (InputStream in = open(file, folder);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            format.parse(reader).forEach(each);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read region codes " + file, e);
        }
    }

    private static InputStream open(String file, Path folder) throws IOException {
        InputStream in = Wilayah.class.getResourceAsStream("/wilayah/" + file);
        if (in != null) {
            return in;
        }
        Path p = folder.resolve(file);
        if (!Files.isRegularFile(p)) {
            throw new IOException("No wilayah/" + file + " on the classpath and no " + p.toAbsolutePath());
        }
        return Files.newInputStream(p);
    }
}
