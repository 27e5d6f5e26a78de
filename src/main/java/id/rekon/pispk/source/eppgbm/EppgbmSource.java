package id.rekon.pispk.source.eppgbm;

import id.rekon.pispk.model.Pengukuran;
import id.rekon.pispk.model.SourceKind;
import id.rekon.pispk.source.SheetHint;
import id.rekon.pispk.source.SingleSource;
import id.rekon.pispk.store.RecordKind;
import id.rekon.pispk.store.RecordStager;
import id.rekon.pispk.store.TidakTerarah;

import java.util.List;

/** The e-PPGBM export: one child's measurement per row, routed to a puskesmas by its name and village. */
public final class EppgbmSource {

    private static final RecordStager STAGER = new RecordStager();

    public static final SingleSource<Pengukuran> DEFINITION = new SingleSource<>(SourceKind.EPPGBM,
            "data pengukuran balita e-PPGBM (eppgbm)", "e-PPGBM",
            SheetHint.anyOf("balita", "ppgbm", "pengukuran"),
            List.of(EppgbmColumn.values()), List.of(RecordKind.EPPGBM),
            p -> new PengukuranRowMapper(p.nik(), p.tanggal(), p.router()), p -> List.of(STAGER.pengukuran(p)),
            EppgbmSource::unrouted);

    private EppgbmSource() {
    }

    private static TidakTerarah unrouted(Pengukuran p) {
        return p.kodePuskesmas() != null ? null : new TidakTerarah(p.asal().file(), p.asal().baris(), RecordKind.EPPGBM,
                "Puskesmas '" + p.namaPuskesmas() + "', Kec. '" + p.kecamatan() + "', Desa '" + p.desa() + "'");
    }
}
