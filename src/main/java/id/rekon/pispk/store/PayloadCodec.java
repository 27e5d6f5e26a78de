package id.rekon.pispk.store;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.cbor.CBORMapper;

/**
 * Domain records are stored next to their key columns as CBOR (binary JSON, RFC 8949): the store
 * finds records by NIK, person, family and puskesmas, never by what is inside them, and one
 * payload column keeps every source's mapping in one place (the record type) instead of a column
 * list per source. Binary rather than JSON text because the database then stores and returns
 * plain bytes: measured on 160 thousand records, H2 spent most of its time hashing and converting
 * long VARCHAR payloads (see docs/performance.md).
 */
public final class PayloadCodec {

    private final CBORMapper mapper = CBORMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public byte[] write(Object value) {
        return mapper.writeValueAsBytes(value);
    }

    public <T> T read(byte[] bytes, Class<T> type) {
        return mapper.readValue(bytes, type);
    }
}
