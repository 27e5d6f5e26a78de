package id.rekon.pispk.store;

/**
 * One inbox file of a run with what became of it.
 *
 * @param kind        spec code of the recognised kind, or {@code null} when unknown
 * @param error       file-level problem in Indonesian, or {@code null} when the file was read
 * @param rowsRead    data rows read (stored + rejected); totals and blank rows excluded
 * @param rowsStored  rows that became records
 * @param rowsSkipped totals rows skipped
 * @param families    PIS-PK families stored from the file (family and raw survey files)
 */
public record InputFile(
        String fileName,
        String kind,
        String sha256,
        long sizeBytes,
        String error,
        long rowsRead,
        long rowsStored,
        long rowsRejected,
        long rowsSkipped,
        long families) {
}
