package id.rekon.pispk.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A small synthetic kabupaten for the operations tests: two puskesmas (three villages), {@code families}
 * families of three (head, wife, a child under five) and PCare entries for the heads and some wives, written
 * as the four export kinds a night's inbox holds (region master, PIS-PK keluarga and anggota, PCare JSON).
 * Every row is valid and routable, so a clean run exits 0; findings come from JKN, hypertension and growth
 * monitoring answers the registers do not confirm. Synthetic NIKs only (sequence numbers 0001 upwards).
 */
final class TinyKabupaten {

    private TinyKabupaten() {
    }

    /** Writes the inbox files, dated an hour ago (well outside any stability window but the ctime). */
    static void write(Path inbox, int families) throws IOException {
        Files.createDirectories(inbox);
        Files.writeString(inbox.resolve("wilayah.csv"), """
                Kode Puskesmas,Nama Puskesmas,Alias Nama,Kode PPK BPJS,Kode Kecamatan,Kecamatan,Kode Desa,Desa
                P5302010101,Puskesmas Kota Soe,PKM Soe;Soe,0123B456,530201,Kota Soe,5302011001,SoE
                P5302010101,Puskesmas Kota Soe,PKM Soe;Soe,0123B456,530201,Kota Soe,5302011002,Cendana
                P5302010102,Puskesmas Oebesa,PKM Oebesa,0123B457,530201,Kota Soe,5302011003,Oebesa
                """, StandardCharsets.UTF_8);
        StringBuilder keluarga = new StringBuilder("\uFEFFKode Keluarga;No KK;Nama Kepala Keluarga;Alamat;RT / RW;"
                + "Kode Desa;Desa/Kelurahan;Kecamatan;Kode Puskesmas;Nama Puskesmas;Tanggal Kunjungan;Air Bersih;"
                + "Jamban Sehat\n");
        StringBuilder anggota = new StringBuilder("Kode Keluarga,No Urut,NIK,Nama,Hubungan dengan KK,Tanggal Lahir,"
                + "Jenis Kelamin,Status Perkawinan,Pemantauan Pertumbuhan,Kartu JKN,Hipertensi Berobat Teratur\n");
        StringBuilder pcare = new StringBuilder("[");
        String[][] desa = {{"5302011001", "SoE", "P5302010101", "Puskesmas Kota Soe", "0123B456"},
                {"5302011002", "Cendana", "P5302010101", "Puskesmas Kota Soe", "0123B456"},
                {"5302011003", "Oebesa", "P5302010102", "Puskesmas Oebesa", "0123B457"}};
        int seq = 0;
        boolean firstPcare = true;
        for (int i = 1; i <= families; i++) {
            String[] d = desa[i % 3];
            String kode = String.format("K%03d", i);
            String surname = "KELUARGA" + (char) ('A' + i % 26) + (char) ('A' + (i / 26) % 26);
            int headDay = 1 + i % 28;
            int wifeDay = 1 + (i * 7) % 28;
            int childDay = 1 + (i * 3) % 28;
            String head = nik(headDay, 5, 1980 + i % 15, false, ++seq);
            String wife = nik(wifeDay, 8, 1985 + i % 10, true, ++seq);
            String child = nik(childDay, 3, 2024, i % 2 == 0, ++seq);
            keluarga.append(String.join(";", kode, String.format("53020120012%05d", i), "AYAH " + surname,
                    "Jl. Uji " + i, "001/002", d[0], d[1], "Kota Soe", d[2], d[3], "15/10/2026", "Y", "Y")).append('\n');
            anggota.append(String.join(",", kode, "1", head, "AYAH " + surname, "Kepala Keluarga",
                    date(headDay, 5, 1980 + i % 15), "L", "Kawin", "", "Ya", "")).append('\n');
            anggota.append(String.join(",", kode, "2", wife, "IBU " + surname, "Istri", date(wifeDay, 8, 1985 + i % 10),
                    "P", "Kawin", "", i % 3 == 0 ? "Tidak" : "Ya", i % 4 == 0 ? "Y" : "")).append('\n');
            anggota.append(String.join(",", kode, "3", child, "ANAK " + surname, "Anak", date(childDay, 3, 2024),
                    i % 2 == 0 ? "P" : "L", "Belum Kawin", "Y", "Tidak", "")).append('\n');
            pcare.append(firstPcare ? "" : ",\n ").append(pcareEntry(i * 10L, head, "AYAH " + surname, "L",
                    date(headDay, 5, 1980 + i % 15).replace('/', '-'), d[4], i % 5 == 0));
            firstPcare = false;
            if (i % 3 == 0) {
                pcare.append(",\n ").append(pcareEntry(i * 10L + 1, wife, "IBU " + surname, "P",
                        date(wifeDay, 8, 1985 + i % 10).replace('/', '-'), d[4], false));
            }
        }
        pcare.append("]\n");
        Files.writeString(inbox.resolve("keluarga.csv"), keluarga, StandardCharsets.UTF_8);
        Files.writeString(inbox.resolve("anggota.csv"), anggota, StandardCharsets.UTF_8);
        Files.writeString(inbox.resolve("pcare.json"), pcare, StandardCharsets.UTF_8);
        ageAll(inbox);
    }

    /** Sets every file's modification time an hour back. */
    static void ageAll(Path dir) throws IOException {
        FileTime old = FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS));
        try (var s = Files.list(dir)) {
            for (Path p : s.toList()) {
                Files.setLastModifiedTime(p, old);
            }
        }
    }

    private static String pcareEntry(long kartu, String nik, String nama, String sex, String lahir, String ppk,
            boolean prolanis) {
        return String.format("{\"noKartu\":\"%013d\",\"noKTP\":\"%s\",\"nama\":\"%s\",\"sex\":\"%s\",\"tglLahir\":\"%s\","
                + "\"jnsPeserta\":{\"nama\":\"PBI APBN\"},\"aktif\":true,\"ketAktif\":\"AKTIF\","
                + "\"kdProviderPst\":{\"kdProvider\":\"%s\",\"nmProvider\":\"PKM\"},\"pstProl\":\"%s\"}", kartu, nik, nama,
                sex, lahir, ppk, prolanis ? "HT" : "");
    }

    /** A synthetic NIK: kecamatan 530201, birth date (day + 40 for women), then the sequence number. */
    private static String nik(int day, int month, int year, boolean female, int seq) {
        return String.format("530201%02d%02d%02d%04d", female ? day + 40 : day, month, year % 100, seq);
    }

    private static String date(int day, int month, int year) {
        return String.format("%02d/%02d/%04d", day, month, year);
    }
}
