package id.rekon.pispk.source;

import id.rekon.pispk.model.SourceKind;
import id.rekon.pispk.source.eppgbm.EppgbmColumn;
import id.rekon.pispk.source.kua.KuaColumn;
import id.rekon.pispk.source.pcare.PcareColumn;
import id.rekon.pispk.source.pispk.AnggotaColumn;
import id.rekon.pispk.source.pispk.KeluargaColumn;
import id.rekon.pispk.source.region.RegionMasterColumn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The column enum of each kind, and the {@link HeaderKey} form of every column's aliases, computed
 * once. {@link SourceKind#PISPK_RAW_SURVEI} has the family columns followed by the member columns.
 * Immutable and thread-safe.
 */
public final class KindColumns {

    private static final Map<SourceColumn, Set<String>> KEYS = new HashMap<>();

    static {
        for (SourceKind kind : SourceKind.values()) {
            for (SourceColumn column : of(kind)) {
                KEYS.put(column, column.aliases().stream().map(HeaderKey::of)
                        .collect(Collectors.toUnmodifiableSet()));
            }
        }
    }

    private KindColumns() {
    }

    /** Columns of the kind in declaration order. */
    public static List<SourceColumn> of(SourceKind kind) {
        return switch (kind) {
            case PISPK_KELUARGA -> List.of(KeluargaColumn.values());
            case PISPK_ANGGOTA -> List.of(AnggotaColumn.values());
            case PISPK_RAW_SURVEI -> {
                List<SourceColumn> both = new ArrayList<>(Arrays.asList(KeluargaColumn.values()));
                both.addAll(Arrays.asList(AnggotaColumn.values()));
                yield Collections.unmodifiableList(both);
            }
            case EPPGBM -> List.of(EppgbmColumn.values());
            case PCARE -> List.of(PcareColumn.values());
            case KUA -> List.of(KuaColumn.values());
            case REGION_MASTER -> List.of(RegionMasterColumn.values());
        };
    }

    /** Whether a header cell whose {@link HeaderKey} is {@code key} names the column. */
    public static boolean matches(SourceColumn column, String key) {
        return !key.isEmpty() && KEYS.get(column).contains(key);
    }
}
