package id.rekon.pispk.rules;

import id.rekon.pispk.match.OrangSama;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups the records of one source under one NIK into people (NIK-04): a record joins the first
 * group none of whose records is a different person ({@link OrangSama}); otherwise it starts a new
 * group. Records must come in a deterministic order ({@link RecordOrder}) so the groups do too.
 */
final class KelompokOrang {

    private KelompokOrang() {
    }

    static List<List<Rekaman>> kelompokkan(List<Rekaman> records, double nameSimilarityThreshold) {
        List<List<Rekaman>> groups = new ArrayList<>();
        for (Rekaman r : records) {
            List<Rekaman> home = null;
            for (List<Rekaman> g : groups) {
                if (g.stream().noneMatch(o -> OrangSama.berbeda(o.nama(), o.tanggalLahir(), r.nama(),
                        r.tanggalLahir(), nameSimilarityThreshold))) {
                    home = g;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                groups.add(home);
            }
            home.add(r);
        }
        return groups;
    }
}
