package id.rekon.pispk.store;

/**
 * An input row that could not be read: file, 1-based row number, the reason (Indonesian) and
 * the raw row. Nothing read is ever lost without a trace.
 */
public record Ditolak(String fileName, long rowNumber, String reason, String raw) {
}
