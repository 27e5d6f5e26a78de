package id.rekon.pispk.store;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Domain records are stored as JSON next to their key columns: the store needs to find records
 * by NIK, person, family and puskesmas, never to query inside them, and one table with a
 * payload keeps every source's mapping in one place (the record type) instead of a column list
 * per source that would have to follow each record change.
 */
public final class PayloadCodec {

    private final JsonMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public String write(Object value) {
        return mapper.writeValueAsString(value);
    }

    public <T> T read(String json, Class<T> type) {
        return mapper.readValue(json, type);
    }
}
