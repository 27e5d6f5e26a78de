package id.rekon.pispk.output;

/**
 * The columns of a rule family sheet, in order. The headers are the contract with the teams and
 * with the returned-workbook reader ({@link #ID_TEMUAN}, {@link #TINDAK_LANJUT}, {@link #CATATAN}
 * and the identity columns are read back by header, never by position).
 *
 * <p>The order is the nurse's: the finding's id and the person's name (both frozen), the NIK, the
 * age, what was found, then the two cells the team fills in, all within the first screen of a
 * 1366-pixel laptop ({@link #width()} fixes those widths so the content cannot push them off it).
 * Where the family lives comes next, then everything else.
 */
public enum TemuanColumn {
    ID_TEMUAN("ID Temuan", Kind.KODE, 21, false),
    NAMA("Nama", Kind.TEXT, 24, true),
    NIK("NIK", Kind.KODE, 18, false),
    UMUR("Umur", Kind.TEXT, 9, false),
    URAIAN("Uraian", Kind.TEXT, 30, true),
    TINDAK_LANJUT("Tindak Lanjut", Kind.TEXT, 24, false),
    CATATAN("Catatan", Kind.TEXT, 30, true),
    UMPAN_BALIK_DITOLAK("Isian Sebelumnya Tidak Diterima", Kind.TEXT, 34, true),
    DESA("Desa", Kind.TEXT, 0, false),
    RT_RW("RT/RW", Kind.KODE, 0, false),
    STATUS("Status", Kind.TEXT, 0, false),
    KODE_ATURAN("Kode Aturan", Kind.TEXT, 0, false),
    KODE_KELUARGA("Kode Keluarga", Kind.KODE, 0, false),
    ALAMAT("Alamat", Kind.TEXT, 0, false),
    NAMA_ORANG_TUA("Nama Orang Tua", Kind.TEXT, 0, false),
    TANGGAL_LAHIR("Tanggal Lahir", Kind.DATE, 0, false),
    JENIS_KELAMIN("Jenis Kelamin", Kind.TEXT, 0, false),
    POSYANDU("Posyandu", Kind.TEXT, 0, false),
    NILAI_PISPK("Nilai PIS-PK", Kind.TEXT, 0, false),
    NILAI_PROGRAM("Nilai Program", Kind.TEXT, 0, false),
    SUMBER("Sumber", Kind.TEXT, 0, false),
    ARAH("Arah", Kind.TEXT, 0, false),
    REKOMENDASI("Rekomendasi Tindak Lanjut", Kind.TEXT, 50, true),
    KETERANGAN("Keterangan", Kind.TEXT, 50, true),
    PERTAMA_TERLIHAT("Pertama Terlihat", Kind.DATE, 0, false);

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

    /** The last column printed: the first screen plus where the family lives. */
    public static final TemuanColumn LAST_PRINTED = RT_RW;

    private final String header;
    private final Kind kind;
    private final int width;
    private final boolean wrapped;

    TemuanColumn(String header, Kind kind, int width, boolean wrapped) {
        this.header = header;
        this.kind = kind;
        this.width = width;
        this.wrapped = wrapped;
    }

    /** The Indonesian header text. */
    public String header() {
        return header;
    }

    public Kind kind() {
        return kind;
    }

    /** Fixed width in characters; 0 when the column's width follows its content. */
    public int width() {
        return width;
    }

    /** Whether long text wraps inside the cell (top aligned) instead of being clipped. */
    public boolean wrapped() {
        return wrapped;
    }
}
