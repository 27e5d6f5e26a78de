package id.rekon.pispk.output;

import id.rekon.pispk.model.Puskesmas;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Puskesmas names by code, for the analysts' outputs, which name the owner beside its code. */
public final class PuskesmasNames {

    private final Map<String, String> names = new TreeMap<>();

    public PuskesmasNames(Collection<Puskesmas> puskesmas) {
        puskesmas.forEach(p -> names.put(p.kode().trim(), p.nama()));
    }

    /** The name of {@code kode}, empty when unknown or unrouted. */
    public String of(String kode) {
        return kode == null ? "" : names.getOrDefault(kode.trim(), "");
    }

    public static PuskesmasNames none() {
        return new PuskesmasNames(List.of());
    }
}
