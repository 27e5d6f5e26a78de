package id.rekon.pispk.model;

/**
 * A PIS-PK member with their family (visit date, puskesmas, desa).
 *
 * @param keluarga {@code null} when the member's family row is missing from the inbox
 */
public record AnggotaDiKeluarga(Anggota anggota, Keluarga keluarga) {

    /** Owner puskesmas of anything about this member: the family's, or {@code null}. */
    public String kodePuskesmas() {
        return keluarga == null ? null : keluarga.kodePuskesmas();
    }
}
