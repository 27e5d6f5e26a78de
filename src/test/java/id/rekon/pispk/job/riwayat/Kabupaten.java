package id.rekon.pispk.job.riwayat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

/**
 * A tiny synthetic kabupaten for the history tests: two puskesmas, five adults, each the only
 * member of their family, all answering {@code Kartu JKN} = Ya. Whoever has no PCare row tonight
 * gets exactly one finding, JKN-01; giving or taking a person's PCare row is how a test opens or
 * resolves a finding. NIKs are synthetic (kecamatan 530201, the birth date, a serial), never a
 * real person's.
 */
final class Kabupaten {

    static final String PKM_SOE = "P5302010101";
    static final String PKM_KARANG = "P5302010102";
    static final String NAMA_SOE = "Puskesmas Kota Soe";
    static final String NAMA_KARANG = "Puskesmas Karang Sirih";

    /** One adult, the head of a one-person family. */
    record Orang(String nama, String nik, LocalDate lahir, String kodeKeluarga, String pkm) {

        String desaKode() {
            return pkm.equals(PKM_SOE) ? "5302011001" : "5302011002";
        }

        String desa() {
            return pkm.equals(PKM_SOE) ? "Kampung Baru" : "Karang Sirih";
        }

        String ppk() {
            return pkm.equals(PKM_SOE) ? "0123B456" : "0123B457";
        }

        String pkmNama() {
            return pkm.equals(PKM_SOE) ? NAMA_SOE : NAMA_KARANG;
        }
    }

    static final Orang AGUS = new Orang("AGUS NINU", "5302011203810001", LocalDate.of(1981, 3, 12), "K001", PKM_SOE);
    static final Orang BENI = new Orang("BENI SABU", "5302010507830002", LocalDate.of(1983, 7, 5), "K002", PKM_SOE);
    static final Orang CORNELIS = new Orang("CORNELIS TAFUI", "5302012111850003", LocalDate.of(1985, 11, 21), "K003",
            PKM_SOE);
    static final Orang DANIEL = new Orang("DANIEL LAKA", "5302010202790004", LocalDate.of(1979, 2, 2), "K004",
            PKM_KARANG);
    static final Orang ELIAS = new Orang("ELIAS BANO", "5302011408870005", LocalDate.of(1987, 8, 14), "K005",
            PKM_KARANG);
    static final List<Orang> SEMUA = List.of(AGUS, BENI, CORNELIS, DANIEL, ELIAS);

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter PCARE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private Kabupaten() {
    }

    /**
     * Writes tonight's exports into {@code inbox} (replacing last night's): the region master,
     * keluarga, anggota, and a PCare JSON holding exactly {@code withPcare}. File times are set an
     * hour back, as for files dropped long before the run.
     */
    static void inbox(Path inbox, Set<Orang> withPcare) throws IOException {
        Files.createDirectories(inbox);
        StringBuilder wilayah = new StringBuilder(
                "Kode Puskesmas,Nama Puskesmas,Alias Nama,Kode PPK BPJS,Kode Kecamatan,Kecamatan,Kode Desa,Desa\n");
        wilayah.append(PKM_SOE).append(',').append(NAMA_SOE).append(",PKM Soe,0123B456,530201,Kota Soe,5302011001,Kampung Baru\n");
        wilayah.append(PKM_KARANG).append(',').append(NAMA_KARANG)
                .append(",PKM Karang Sirih,0123B457,530201,Kota Soe,5302011002,Karang Sirih\n");
        StringBuilder keluarga = new StringBuilder("Kode Keluarga,No KK,Nama Kepala Keluarga,Alamat,RT / RW,Kode Desa,"
                + "Desa/Kelurahan,Kecamatan,Kode Puskesmas,Nama Puskesmas,Tanggal Kunjungan,Air Bersih,Jamban Sehat\n");
        StringBuilder anggota = new StringBuilder("Kode Keluarga,No Urut,NIK,Nama,Hubungan dengan KK,Tanggal Lahir,"
                + "Jenis Kelamin,Status Perkawinan,Pemantauan Pertumbuhan,Kartu JKN,Hipertensi Berobat Teratur\n");
        StringBuilder pcare = new StringBuilder("[");
        int kk = 1;
        for (Orang o : SEMUA) {
            keluarga.append(String.join(",", o.kodeKeluarga(), "53020120012000" + String.format("%02d", kk++), o.nama(),
                    "Jl. Contoh", "001/002", o.desaKode(), o.desa(), "Kota Soe", o.pkm(), o.pkmNama(), "15/10/2026",
                    "Y", "Y")).append('\n');
            anggota.append(String.join(",", o.kodeKeluarga(), "1", o.nik(), o.nama(), "Kepala Keluarga",
                    DMY.format(o.lahir()), "L", "Kawin", "", "Ya", "")).append('\n');
            if (withPcare.contains(o)) {
                if (pcare.length() > 1) {
                    pcare.append(",\n");
                }
                pcare.append("{\"noKartu\":\"000").append(o.nik(), 6, 16).append("\",\"noKTP\":\"").append(o.nik())
                        .append("\",\"nama\":\"").append(o.nama()).append("\",\"sex\":\"L\",\"tglLahir\":\"")
                        .append(PCARE.format(o.lahir())).append("\",\"jnsPeserta\":{\"nama\":\"PBI APBN\"},")
                        .append("\"aktif\":true,\"ketAktif\":\"AKTIF\",\"kdProviderPst\":{\"kdProvider\":\"")
                        .append(o.ppk()).append("\",\"nmProvider\":\"PKM\"},\"pstProl\":\"\"}");
            }
        }
        pcare.append("]\n");
        write(inbox.resolve("wilayah.csv"), wilayah);
        write(inbox.resolve("keluarga.csv"), keluarga);
        write(inbox.resolve("anggota.csv"), anggota);
        write(inbox.resolve("pcare.json"), pcare);
    }

    private static void write(Path file, CharSequence text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS)));
    }
}
