package id.rekon.pispk.model;

/** A puskesmas: Kemenkes code (e.g. {@code P5301010101}) and name. */
public record Puskesmas(String kode, String nama) {
}
