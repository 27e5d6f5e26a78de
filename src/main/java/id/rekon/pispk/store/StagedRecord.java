package id.rekon.pispk.store;

import java.time.LocalDate;

/**
 * One row for tonight's store ({@link RecordStore}): a domain record with the keys it is sorted and joined by.
 *
 * @param nikKey     16-digit key when the record's NIK is usable, else {@code null}
 * @param personKey  stable subject key (see {@code SubjectKeys}); groups records without a NIK
 * @param familyKey  PIS-PK family code for KELUARGA and ANGGOTA rows; SUAMI or ISTRI for a KUA spouse
 * @param puskesmas  owner or routed puskesmas code, or {@code null}
 * @param birthDate  date of birth, for the probable matcher's candidate queries
 * @param payload    the domain record, already encoded ({@link #encode})
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
        byte[] payload) {

    private static final PayloadCodec CODEC = new PayloadCodec();

    /**
     * A domain record as the store keeps it ({@link PayloadCodec}). Records are encoded when they are
     * staged, right after the row is mapped, not when the chunk is written: by then the record's
     * objects had left the caches and lived through young collections, and a chunk of byte arrays is
     * also less for the collector to copy than a chunk of object graphs (docs/performance.md).
     */
    public static byte[] encode(Object record) {
        return CODEC.write(record);
    }
}
