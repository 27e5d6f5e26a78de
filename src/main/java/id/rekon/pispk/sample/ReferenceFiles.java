package id.rekon.pispk.sample;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** The region master and the one inbox file that is not an export at all. */
final class ReferenceFiles {

    static final List<String> REGION_HEADER = List.of("Kode Puskesmas", "Nama Puskesmas", "Alias Nama",
            "Kode PPK BPJS", "Kode Kecamatan", "Kecamatan", "Kode Desa", "Desa");

    static final String OPERATOR_NOTES = "catatan operator.csv";

    private ReferenceFiles() {
    }

    /** One row per desa a puskesmas serves; aliases as a {@code ;} list. */
    static void regionMaster(Path file, Kabupaten kab) {
        try (CsvOut out = new CsvOut(file, StandardCharsets.UTF_8, false, ',', REGION_HEADER,
                new FileStats(file.getFileName().toString(), "region-master", null, 1))) {
            for (Kabupaten.PuskesmasArea p : kab.puskesmas()) {
                for (Kabupaten.DesaArea d : p.desa()) {
                    out.record(p.kode(), p.nama(), String.join(";", p.alias()), p.kodePpk(), p.kodeKecamatan(),
                            p.namaKecamatan(), d.kode(), d.nama());
                }
            }
        }
    }

    /** A file an operator dropped in the inbox by mistake: the job must report it and go on. */
    static void operatorNotes(Path inbox, ManifestBuilder mb, String runDate) {
        FileStats st = mb.file(OPERATOR_NOTES, "unknown", null, 1);
        try (CsvOut out = new CsvOut(inbox.resolve(OPERATOR_NOTES), StandardCharsets.UTF_8, false, ',',
                List.of("Tanggal", "Kegiatan", "Petugas", "Keterangan"), st)) {
            out.record(runDate, "Unduh data e-PPGBM", "Operator SIK", "dua file, satu diganti nama");
            st.row();
            out.record(runDate, "Unduh PCare", "Operator SIK", "JSON dari web service");
            st.row();
            out.record(runDate, "Rekap PIS-PK", "Tim Pembina Keluarga", "raw survei dan CSV");
            st.row();
        }
    }
}
