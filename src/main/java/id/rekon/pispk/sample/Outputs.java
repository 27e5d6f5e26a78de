package id.rekon.pispk.sample;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Every inbox file of the run, all open at once so each family is written to every source as it
 * is generated (PIS-PK of its puskesmas, e-PPGBM of the puskesmas each child is measured at,
 * PCare of the puskesmas each person is registered at, the kabupaten's KUA file).
 */
final class Outputs implements Closeable {

    /** The e-PPGBM export an operator renamed: only its header tells what it is. */
    static final String RENAMED_EPPGBM = "Export Data (3)";

    private final List<RawSurveiWriter> raw = new ArrayList<>();
    private final List<PispkCsvWriter> csv = new ArrayList<>();
    private final List<EppgbmWriter> eppgbm = new ArrayList<>();
    private final List<PcareWriter> pcare = new ArrayList<>();
    private final KuaWriter kua;

    Outputs(Path inbox, Kabupaten kab, GeneratorSettings s, Cells cells, FamilyFactory factory, ManifestBuilder mb) {
        for (Kabupaten.PuskesmasArea p : kab.puskesmas()) {
            raw.add(p.rawSurvei() ? new RawSurveiWriter(inbox, p, s, cells, factory, mb) : null);
            csv.add(p.rawSurvei() ? null : new PispkCsvWriter(inbox, p, cells, factory, mb));
            String name = p.index() == 1 ? RENAMED_EPPGBM : "ePPGBM " + p.nama() + " " + s.runDate();
            eppgbm.add(new EppgbmWriter(inbox, name, p, kab, s, cells, mb));
            pcare.add(new PcareWriter(inbox, p, cells, factory, mb));
        }
        kua = new KuaWriter(inbox, kab, s, cells, factory, mb);
    }

    void write(Family f) {
        int i = f.puskesmas.index();
        if (raw.get(i) != null) {
            raw.get(i).write(f);
        } else {
            csv.get(i).write(f);
        }
        for (Person p : f.members) {
            child(p, f);
        }
        for (Person p : f.eppgbmOnly) {
            child(p, f);
        }
        for (Person p : f.members) {
            if (p.pcare != null) {
                pcare.get(p.pcare.ppk.index()).write(p.pcare);
            }
        }
        for (PcareEntry e : f.pcareOnly) {
            pcare.get(e.ppk.index()).write(e);
        }
        for (KuaCouple c : f.couples) {
            kua.write(c);
        }
    }

    private void child(Person c, Family f) {
        if (!c.measurements.isEmpty()) {
            eppgbm.get(c.eppgbmPuskesmas.index()).write(c, f);
        }
    }

    @Override
    public void close() {
        for (RawSurveiWriter w : raw) {
            if (w != null) {
                w.close();
            }
        }
        for (PispkCsvWriter w : csv) {
            if (w != null) {
                w.close();
            }
        }
        eppgbm.forEach(EppgbmWriter::close);
        pcare.forEach(PcareWriter::close);
        kua.close();
    }
}
