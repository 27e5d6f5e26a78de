package id.rekon.pispk.store;

import com.fasterxml.jackson.annotation.JsonFormat;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.AnnotatedClass;
import tools.jackson.databind.introspect.JacksonAnnotationIntrospector;
import tools.jackson.dataformat.cbor.CBORMapper;

/**
 * Domain records are stored next to their key columns as CBOR (binary JSON, RFC 8949): the store
 * finds records by NIK, person, family and puskesmas, never by what is inside them, and one
 * payload column keeps every source's mapping in one place (the record type) instead of a column
 * list per source. Binary rather than JSON text because the database then stores and returns
 * plain bytes: measured on 160 thousand records, H2 spent most of its time hashing and converting
 * long VARCHAR payloads (see docs/performance.md).
 *
 * <p>The product's own records are written as arrays (their components in a fixed order) rather
 * than as objects: field names made up half of every payload, and at a province's ten million
 * rows the store's size decides whether it stays in the operating system's cache. Payloads
 * written as objects by earlier versions (the history keeps findings for months) are still read:
 * a CBOR map is read the old way, an array the new one.
 *
 * <p>The five records of tonight's store (families, members, measurements, PCare participants, KUA
 * couples) are written in a compact binary form of their own instead ({@link RecordBinary}): they
 * are decoded on every rules pass, and Jackson was most of that pass's reading thread.
 */
public final class PayloadCodec {

    private final CBORMapper mapper = CBORMapper.builder()
            .annotationIntrospector(new RecordsAsArrays())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    /** Reads payloads written before records became arrays. */
    private final CBORMapper objects = CBORMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public byte[] write(Object value) {
        return RecordBinary.handles(value) ? RecordBinary.write(value) : mapper.writeValueAsBytes(value);
    }

    public <T> T read(byte[] bytes, Class<T> type) {
        if (RecordBinary.isBinary(bytes)) {
            return RecordBinary.read(bytes, type);
        }
        // CBOR major type 5 (a map: 0xA0..0xBF) is a record written as an object by an earlier
        // version; everything the current version writes for a record is type 4 (an array).
        boolean map = bytes.length > 0 && (bytes[0] & 0xE0) == 0xA0;
        return map && type.isRecord() ? objects.readValue(bytes, type) : mapper.readValue(bytes, type);
    }

    /** Array shape for the product's records; everything else (JDK types, enums) as Jackson does by default. */
    private static final class RecordsAsArrays extends JacksonAnnotationIntrospector {

        @Override
        public JsonFormat.Value findFormat(MapperConfig<?> config, Annotated annotated) {
            JsonFormat.Value declared = super.findFormat(config, annotated);
            if (annotated instanceof AnnotatedClass c && c.getRawType().isRecord()
                    && c.getRawType().getName().startsWith("id.rekon.pispk.")) {
                return JsonFormat.Value.forShape(JsonFormat.Shape.ARRAY).withOverrides(declared);
            }
            return declared;
        }
    }
}
