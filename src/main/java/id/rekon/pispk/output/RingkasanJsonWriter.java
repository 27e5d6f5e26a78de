package id.rekon.pispk.output;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes {@code ringkasan.json} (spec "Outputs of one run", item 3): the {@link Ringkasan} record,
 * pretty printed, snake_case names, dates and instants as ISO-8601 strings, UTF-8 without BOM.
 * Atomic ({@link AtomicFile}). Thread safe.
 */
public final class RingkasanJsonWriter {

    public static final String FILE_NAME = "ringkasan.json";

    private final JsonMapper mapper;

    public RingkasanJsonWriter() {
        this.mapper = mapper();
    }

    /** The mapper of this file's format; also what a reader of {@code ringkasan.json} should use. */
    public static JsonMapper mapper() {
        return JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build();
    }

    public void write(Ringkasan ringkasan, Path target) throws IOException {
        Objects.requireNonNull(ringkasan, "ringkasan");
        // small: serialise first, so the mapper never closes (or half-writes) the atomic stream
        byte[] json = mapper.writeValueAsBytes(ringkasan);
        AtomicFile.write(target, out -> {
            out.write(json);
            out.write('\n');
        });
    }
}
