package id.rekon.pispk.source;

import id.rekon.pispk.model.SourceKind;
import id.rekon.pispk.source.eppgbm.EppgbmSource;
import id.rekon.pispk.source.kua.KuaSource;
import id.rekon.pispk.source.pcare.PcareSource;
import id.rekon.pispk.source.pispk.PispkSources;
import id.rekon.pispk.source.region.RegionMasterSource;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The registry: every kind of export the house reads, one {@link SourceDefinition} each. Adding a
 * kind is adding its definition here (and its {@link SourceKind}); the recognisers, messages and
 * the ingest step read this list. Immutable and thread-safe.
 */
public final class SourceKinds {

    /** In {@link SourceKind} order, which is also the recogniser's last tie-break. */
    private static final List<SourceDefinition> ALL = List.of(
            PispkSources.KELUARGA,
            PispkSources.ANGGOTA,
            PispkSources.RAW_SURVEI,
            EppgbmSource.DEFINITION,
            PcareSource.DEFINITION,
            KuaSource.DEFINITION,
            RegionMasterSource.DEFINITION);

    private static final Map<SourceKind, SourceDefinition> BY_KIND = new EnumMap<>(SourceKind.class);

    static {
        for (SourceDefinition definition : ALL) {
            if (BY_KIND.put(definition.kind(), definition) != null) {
                throw new IllegalStateException("two definitions of " + definition.kind());
            }
        }
        for (SourceKind kind : SourceKind.values()) {
            if (!BY_KIND.containsKey(kind)) {
                // Fail at start-up, not on the first file of the kind at night.
                throw new IllegalStateException("no definition of " + kind + " in SourceKinds");
            }
        }
    }

    private SourceKinds() {
    }

    /** Every definition, in {@link SourceKind} order. */
    public static List<SourceDefinition> all() {
        return ALL;
    }

    public static SourceDefinition of(SourceKind kind) {
        return BY_KIND.get(kind);
    }
}
