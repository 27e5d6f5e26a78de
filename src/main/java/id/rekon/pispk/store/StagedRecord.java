package id.rekon.pispk.store;

import java.time.LocalDate;

/**
 * One row for {@code rekon_record}: a domain record with the keys the matcher looks it up by.
 *
 * @param nikKey     16-digit key when the record's NIK is usable, else {@code null}
 * @param personKey  stable subject key (see {@code SubjectKeys}); groups records without a NIK
 * @param familyKey  PIS-PK family code for KELUARGA and ANGGOTA rows
 * @param puskesmas  owner or routed puskesmas code, or {@code null}
 * @param birthDate  date of birth, for the probable matcher's candidate queries
 * @param payload    the domain record, stored as JSON
 */
public record StagedRecord(
        RecordKind kind,
        String fileName,
        long rowNumber,
        String nikKey,
        String personKey,
        String familyKey,
        String puskesmas,
        LocalDate birthDate,
        Object payload) {
}
