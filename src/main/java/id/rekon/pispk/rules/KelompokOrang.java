package id.rekon.pispk.rules;

import id.rekon.pispk.match.OrangSama;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups the records of one source under one NIK into people (NIK-04): a record joins the first
 * group none of whose records is a different person ({@link OrangSama}); otherwise it starts a new
 * group. Records must come in a deterministic order ({@link RecordOrder}) so the groups do too.
 * Records with the same name and date of birth (a child's monthly measurements) join their twin's
 * group at once, so a child measured every month costs one comparison per distinct spelling.
 */
final class KelompokOrang {

    private KelompokOrang() {
    }

    static List<List<Rekaman>> kelompokkan(List<Rekaman> records, double nameSimilarityThreshold) {
        List<List<Rekaman>> groups = new ArrayList<>();
        List<List<Rekaman>> distinct = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Rekaman r : records) {
            String identity = (r.nama() == null ? "" : r.nama().asli() + "\u0000" + r.nama().normal())
                    + "\u0000" + r.tanggalLahir();
            Integer known = seen.get(identity);
            if (known != null) {
                groups.get(known).add(r);
                continue;
            }
            int home = -1;
            for (int g = 0; g < groups.size() && home < 0; g++) {
                if (distinct.get(g).stream().noneMatch(o -> OrangSama.berbeda(o.nama(), o.tanggalLahir(), r.nama(),
                        r.tanggalLahir(), nameSimilarityThreshold))) {
                    home = g;
                }
            }
            if (home < 0) {
                groups.add(new ArrayList<>());
                distinct.add(new ArrayList<>());
                home = groups.size() - 1;
            }
            groups.get(home).add(r);
            distinct.get(home).add(r);
            seen.put(identity, home);
        }
        return groups;
    }
}
