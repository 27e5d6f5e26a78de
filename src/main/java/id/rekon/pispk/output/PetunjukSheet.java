package id.rekon.pispk.output;

import id.rekon.pispk.model.Arah;
import id.rekon.pispk.model.RuleCode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The {@code Petunjuk} sheet: the two directions of the operational guideline and who acts on
 * each, how to fill {@code Tindak Lanjut} and {@code Catatan} and what the {@code ID Temuan} is
 * for, then every rule with its title, direction, who acts and the recommended follow-up.
 * Static text; the same in every workbook.
 */
final class PetunjukSheet {

    static final String NAME = "Petunjuk";
    static final String JUDUL_ATURAN = "Daftar aturan";
    static final String JUDUL_KEMBALI = "Cara mengembalikan buku kerja";

    /**
     * Column widths in characters: kode, uraian, arah, siapa, lembar, rekomendasi. The first is also
     * the paragraphs' label column, so it fits the longest direction label ("PIS-PK (−) / Program
     * (+)"), which was clipped at 14.
     */
    private static final int[] WIDTHS = {26, 50, 26, 30, 14, 70};
    private static final int TEXT_WIDTH = 50 + 26 + 30 + 14 + 70;
    private static final float LINE_POINTS = 15f;

    private final Sheet sheet;
    private final CellWriter cells;
    private final WorkbookStyles styles;
    private int next;

    PetunjukSheet(Sheet sheet, CellWriter cells) {
        this.sheet = sheet;
        this.cells = cells;
        this.styles = cells.styles();
    }

    /** Who acts on findings of a direction, in Indonesian. */
    static String siapa(Arah arah) {
        return switch (arah) {
            case PISPK_MINUS -> "Tim Pembina Keluarga";
            case PISPK_PLUS -> "Pemegang program";
            case SASARAN -> "Pemegang program (kesehatan reproduksi/gizi)";
            case IDENTITAS -> "Tim Pembina Keluarga dan pemegang program";
            case KUALITAS -> "Pengelola sumber data yang bermasalah";
        };
    }

    /** Who acts on findings of a rule, in Indonesian. */
    static String siapa(RuleCode rule) {
        return rule == RuleCode.SURVEI_01 ? "Tim Pembina Keluarga" : siapa(rule.arah());
    }

    void write() {
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        cells.styled(row(), 0, "Petunjuk penggunaan buku kerja temuan", styles.title, null);
        next++;

        cells.styled(row(), 0, "Dua arah temuan (sesuai pedoman PIS-PK)", styles.section, null);
        paragraph(Arah.PISPK_MINUS.label(), "Data program mencatat sesuatu yang tidak ada di PIS-PK. "
                + "Tim Pembina Keluarga memeriksa data PIS-PK, mengunjungi keluarga bila belum dikunjungi, "
                + "dan memperbarui data PIS-PK.");
        paragraph(Arah.PISPK_PLUS.label(), "PIS-PK mencatat sesuatu yang tidak ada di data program. "
                + "Pemegang program memeriksa register program, memastikan orang tersebut memenuhi kriteria, "
                + "dan memperbarui data program.");
        paragraph(Arah.SASARAN.label(), "Daftar sasaran, bukan kesalahan data: calon pengantin yang akan "
                + "menikah dalam 90 hari untuk didampingi pemegang program.");
        paragraph(Arah.IDENTITAS.label(), "Data identitas berbeda antar sumber untuk NIK yang sama (tanggal "
                + "lahir, jenis kelamin, nama, puskesmas), atau dua catatan tanpa NIK yang cocok tampak sebagai "
                + "orang yang sama. Cocokkan dengan KK/KTP dan perbaiki sumber yang salah.");
        paragraph(Arah.KUALITAS.label(), "NIK atau data kunjungan di satu sumber bermasalah (tidak valid, "
                + "rusak oleh Excel, dummy, dipakai dua orang, kunjungan PIS-PK sudah lama). Perbaiki di sumber "
                + "tersebut.");
        next++;

        cells.styled(row(), 0, "Cara mengisi", styles.section, null);
        paragraph("ID Temuan", "Nomor tetap setiap temuan. Aturan yang sama pada orang yang sama di puskesmas "
                + "yang sama selalu memakai ID yang sama setiap malam, sehingga pekerjaan tim dapat dilacak. "
                + "Jangan ubah atau hapus kolom ini: isian Tindak Lanjut dan Catatan dibaca kembali berdasarkan "
                + "ID Temuan bila buku kerja ini dikembalikan.");
        paragraph("Status", "Baru: pertama kali muncul pada proses ini. Masih terbuka: sudah muncul pada proses "
                + "sebelumnya dan datanya belum berubah. Temuan yang sudah diperbaiki di sumber data hilang "
                + "sendiri pada proses berikutnya dan tercantum di lembar Ringkasan sebagai selesai.");
        paragraph("Tindak Lanjut", "Pilih dari daftar: " + String.join(", ", TindakLanjut.labels())
                + ". Isian awal adalah Belum.");
        paragraph("Tindak Lanjut MATCH-01", "Baris MATCH-01 menanyakan apakah dua catatan tanpa NIK yang cocok "
                + "adalah orang yang sama. Pilih dari daftarnya sendiri: "
                + String.join(", ", TindakLanjut.labels(RuleCode.MATCH_01)) + ". Bukan orang yang sama: pasangan itu "
                + "tidak diusulkan lagi. Orang yang sama: perbaiki NIK di aplikasi sumbernya; pasangan tetap tampil "
                + "sampai NIK-nya cocok. Belum: membatalkan keputusan sebelumnya.");
        paragraph("Catatan", "Tulis bebas: hasil kunjungan, alasan bila bukan masalah, atau siapa yang "
                + "menindaklanjuti.");
        paragraph("NIK", "NIK dan Kode Keluarga ditulis sebagai teks. Jangan ubah format kolom menjadi angka: "
                + "Excel akan mengganti digit terakhir NIK dengan 0.");
        paragraph(TemuanColumn.UMPAN_BALIK_DITOLAK.header(), "Bila isian Tindak Lanjut atau Catatan dari buku kerja "
                + "yang dikembalikan tidak dapat dipakai, isian tim tampil lagi di baris itu dan kolom ini menjelaskan "
                + "sebabnya. Perbaiki isiannya lalu kembalikan lagi buku kerjanya.");
        paragraph(KunjunganRumahSheet.NAME, "Semua temuan satu keluarga dalam satu daftar, urut desa, RT/RW dan "
                + "keluarga, siap dicetak untuk kunjungan rumah. Centang yang sudah diselesaikan saat kunjungan; "
                + "isian Tindak Lanjut tetap diisi di lembar temuannya.");
        paragraph(BarisDitolakSheet.NAME, "Baris ekspor puskesmas ini yang tidak dapat dibaca malam ini, dengan "
                + "alasan dan cara memperbaikinya. Perbaiki di aplikasi sumbernya (PIS-PK, e-PPGBM, PCare), lalu "
                + "ekspor ulang.");
        next++;

        cells.styled(row(), 0, JUDUL_KEMBALI, styles.section, null);
        paragraph("1. Simpan", "Isi Tindak Lanjut dan Catatan, lalu simpan sebagai Excel Workbook (.xlsx), "
                + "dengan nama berkas yang sama. Jangan simpan sebagai .xls atau .csv.");
        paragraph("2. Jangan ubah", "Jangan ubah atau hapus kolom ID Temuan, Kode Aturan, NIK, Nama, Tanggal Lahir "
                + "dan Kode Keluarga, dan jangan mengurutkan sebagian kolom saja: baris yang identitasnya berubah tidak "
                + "dipakai. Perbaikan data dilakukan di aplikasi sumbernya (PIS-PK, e-PPGBM, PCare, SIMKAH).");
        paragraph("3. Kirim", "Kirim berkasnya ke operator dinas kesehatan kabupaten (surel, WhatsApp atau "
                + "flashdisk). Operator meletakkannya di folder umpan balik; isian dibaca pada proses malam berikutnya "
                + "dan tampil di buku kerja berikutnya.");
        next++;

        cells.styled(row(), 0, JUDUL_ATURAN, styles.section, null);
        Row header = row();
        String[] headers = {"Kode Aturan", "Uraian", "Arah", "Siapa bertindak", "Lembar",
                "Rekomendasi Tindak Lanjut"};
        for (int c = 0; c < headers.length; c++) {
            cells.styled(header, c, headers[c], styles.header, null);
        }
        for (RuleCode rule : RuleCode.values()) {
            Row r = row();
            cells.styled(r, 0, rule.code(), styles.wrapped, null);
            cells.styled(r, 1, rule.judul(), styles.wrapped, null);
            cells.styled(r, 2, rule.arah().label(), styles.wrapped, null);
            cells.styled(r, 3, siapa(rule), styles.wrapped, null);
            cells.styled(r, 4, rule.family().sheetName(), styles.wrapped, null);
            cells.styled(r, 5, rule.tindakLanjut(), styles.wrapped, null);
            int lines = Math.max(lines(rule.judul(), WIDTHS[1]), lines(rule.tindakLanjut(), WIDTHS[5]));
            r.setHeightInPoints(Math.max(1, lines) * LINE_POINTS);
        }
    }

    /** A label in column A and a wrapped text over the other columns, tall enough to show it. */
    private void paragraph(String label, String text) {
        Row r = row();
        cells.styled(r, 0, label, styles.labelTop, null);
        cells.styled(r, 1, text, styles.wrapped, null);
        sheet.addMergedRegion(new CellRangeAddress(r.getRowNum(), r.getRowNum(), 1, WIDTHS.length - 1));
        r.setHeightInPoints(lines(text, TEXT_WIDTH) * LINE_POINTS);
    }

    /** Estimated wrapped lines; wrapped text does not grow rows by itself in every program. */
    private static int lines(String text, int width) {
        return Math.max(1, (int) Math.ceil((double) text.length() / width));
    }

    private Row row() {
        return sheet.createRow(next++);
    }
}
