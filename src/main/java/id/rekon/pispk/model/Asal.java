package id.rekon.pispk.model;

/**
 * Where a record came from: file name and 1-based row number in that file.
 * Kept on every record so an operator can find the row again.
 */
public record Asal(String file, long baris) {
}
