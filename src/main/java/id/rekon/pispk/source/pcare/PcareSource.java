package id.rekon.pispk.source.pcare;

import id.rekon.pispk.model.PesertaPcare;
import id.rekon.pispk.model.SourceKind;
import id.rekon.pispk.source.SheetHint;
import id.rekon.pispk.source.SingleSource;
import id.rekon.pispk.store.RecordKind;
import id.rekon.pispk.store.RecordStager;
import id.rekon.pispk.store.TidakTerarah;

import java.util.List;

/** The BPJS PCare participants export, routed to a puskesmas by its PPK code. */
public final class PcareSource {

    private static final RecordStager STAGER = new RecordStager();

    public static final SingleSource<PesertaPcare> DEFINITION = new SingleSource<>(SourceKind.PCARE,
            "data peserta PCare BPJS Kesehatan (pcare)", "PCare",
            SheetHint.anyOf("pcare", "peserta"),
            List.of(PcareColumn.values()), List.of(RecordKind.PCARE),
            p -> new PesertaPcareRowMapper(p.nik(), p.tanggal(), p.router()), p -> List.of(STAGER.pcare(p)),
            PcareSource::unrouted);

    private PcareSource() {
    }

    private static TidakTerarah unrouted(PesertaPcare p) {
        return p.kodePuskesmas() != null ? null : new TidakTerarah(p.asal().file(), p.asal().baris(), RecordKind.PCARE,
                "Kode PPK '" + p.kodePpk() + "' (" + p.namaPpk() + ")");
    }
}
