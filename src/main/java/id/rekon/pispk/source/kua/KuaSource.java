package id.rekon.pispk.source.kua;

import id.rekon.pispk.model.PernikahanKua;
import id.rekon.pispk.model.SourceKind;
import id.rekon.pispk.source.SheetHint;
import id.rekon.pispk.source.SingleSource;
import id.rekon.pispk.store.RecordKind;
import id.rekon.pispk.store.RecordStager;
import id.rekon.pispk.store.TidakTerarah;

import java.util.List;

/**
 * The KUA/SIMKAH marriage registrations: a couple per row, stored once as the couple and once per
 * spouse (so each spouse joins its NIK group), routed to a puskesmas by the KUA and the bride's village.
 */
public final class KuaSource {

    private static final RecordStager STAGER = new RecordStager();

    public static final SingleSource<PernikahanKua> DEFINITION = new SingleSource<>(SourceKind.KUA,
            "data pendaftaran nikah KUA/SIMKAH (kua)", "KUA",
            SheetHint.anyOf("kua", "nikah"),
            List.of(KuaColumn.values()), List.of(RecordKind.KUA, RecordKind.KUA_PASANGAN),
            p -> new PernikahanKuaRowMapper(p.nik(), p.tanggal(), p.router()), STAGER::kua,
            KuaSource::unrouted);

    private KuaSource() {
    }

    private static TidakTerarah unrouted(PernikahanKua k) {
        return k.kodePuskesmas() != null ? null : new TidakTerarah(k.asal().file(), k.asal().baris(), RecordKind.KUA,
                "KUA '" + k.kua() + "', Desa '" + k.desaIstri() + "'");
    }
}
