package id.rekon.pispk.source;

import java.util.List;
import java.util.stream.Stream;

/**
 * What a column enum constant declares: its canonical header, whether a file of the kind needs it,
 * and the other spellings seen in the wild.
 */
public record ColumnSpec(String header, boolean required, List<String> aliases) {

    /** @param otherAliases spellings besides {@code header}; the list of aliases starts with the header */
    public static ColumnSpec of(String header, boolean required, String... otherAliases) {
        return new ColumnSpec(header, required, Stream.concat(Stream.of(header), Stream.of(otherAliases)).toList());
    }
}
