package id.rekon.pispk.store;

/** Among people matched by NIK and answered by both sides, how many agree on one indicator. */
public record Konkordansi(String kodePuskesmas, String indikator, long setuju, long total) {
}
