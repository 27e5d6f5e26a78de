package id.rekon.pispk.model;

import java.time.LocalDate;

/** One spouse (or bride/groom-to-be) of a KUA registration. */
public record Pasangan(Nik nik, Nama nama, LocalDate tanggalLahir) {
}
