package id.rekon.pispk.output;

/**
 * The columns of a rule family sheet, in order. The headers are the contract with the teams and
 * with the returned-workbook reader ({@link #ID_TEMUAN}, {@link #TINDAK_LANJUT}, {@link #CATATAN}
 * are read back by header, never by position).
 */
public enum TemuanColumn {
    ID_TEMUAN("ID Temuan", Kind.KODE),
    STATUS("Status", Kind.TEXT),
    KODE_ATURAN("Kode Aturan", Kind.TEXT),
    URAIAN("Uraian", Kind.TEXT),
    NIK("NIK", Kind.KODE),
    NAMA("Nama", Kind.TEXT),
    TANGGAL_LAHIR("Tanggal Lahir", Kind.DATE),
    UMUR_BULAN("Umur (bulan)", Kind.INTEGER),
    JENIS_KELAMIN("Jenis Kelamin", Kind.TEXT),
    KODE_KELUARGA("Kode Keluarga", Kind.KODE),
    DESA("Desa", Kind.TEXT),
    RT_RW("RT/RW", Kind.KODE),
    POSYANDU("Posyandu", Kind.TEXT),
    NILAI_PISPK("Nilai PIS-PK", Kind.TEXT),
    NILAI_PROGRAM("Nilai Program", Kind.TEXT),
    SUMBER("Sumber", Kind.TEXT),
    ARAH("Arah", Kind.TEXT),
    REKOMENDASI("Rekomendasi Tindak Lanjut", Kind.TEXT),
    KETERANGAN("Keterangan", Kind.TEXT),
    PERTAMA_TERLIHAT("Pertama Terlihat", Kind.DATE),
    TINDAK_LANJUT("Tindak Lanjut", Kind.TEXT),
    CATATAN("Catatan", Kind.TEXT);

    /** How a column's cells are written. */
    public enum Kind {
        /** Free text. */
        TEXT,
        /** Identifier text (NIK, No KK, ids): text cells with the text format {@code @}, never numbers. */
        KODE,
        /** A real date cell with an Indonesian date format. */
        DATE,
        /** A whole number. */
        INTEGER
    }

    private final String header;
    private final Kind kind;

    TemuanColumn(String header, Kind kind) {
        this.header = header;
        this.kind = kind;
    }

    /** The Indonesian header text. */
    public String header() {
        return header;
    }

    public Kind kind() {
        return kind;
    }
}
