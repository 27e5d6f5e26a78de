package id.rekon.pispk.output;

import id.rekon.pispk.model.Puskesmas;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the district workbook shows ({@link KabupatenWorkbookWriter}).
 *
 * @param namaJob       the job (a kabupaten), printed in the page header
 * @param tanggalProses tonight's run date
 * @param puskesmas     every puskesmas of the region master (and any other owner of a finding)
 * @param angka         tonight's counts per puskesmas
 * @param konkordansi   tonight's concordance rows of every puskesmas
 * @param tren          findings per puskesmas code on each of the last runs, oldest first;
 *                      tonight included
 */
public record Kabupaten(String namaJob, LocalDate tanggalProses, List<Puskesmas> puskesmas, KabupatenTally angka,
                        List<KonkordansiRow> konkordansi, List<TrenMalam> tren) {

    /** Findings per puskesmas code on one run date. */
    public record TrenMalam(LocalDate tanggal, Map<String, Long> perPuskesmas) {

        public long jumlah() {
            return perPuskesmas.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    public Kabupaten {
        Objects.requireNonNull(tanggalProses, "tanggalProses");
        puskesmas = List.copyOf(puskesmas);
        konkordansi = List.copyOf(konkordansi);
        tren = List.copyOf(tren);
    }
}
