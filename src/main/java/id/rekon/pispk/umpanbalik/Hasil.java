package id.rekon.pispk.umpanbalik;

/** What became of one returned row; the label is what the report shows. */
public enum Hasil {
    /** Tindak Lanjut and Catatan stored; they show on the next workbooks. */
    DITERIMA("diterima"),
    /** Only the Catatan stored (the Tindak Lanjut was not one of the dropdown's choices). */
    SEBAGIAN("sebagian diterima"),
    /** Same Tindak Lanjut and Catatan as already held: nothing to store. */
    TIDAK_BERUBAH("tidak berubah"),
    /** Nothing stored; the reason says why. */
    DITOLAK("ditolak");

    private final String label;

    Hasil(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
