package id.rekon.pispk.job.ingest;

import id.rekon.pispk.job.persiapan.RegionMasterLoader;
import id.rekon.pispk.normalise.NikClassifier;
import id.rekon.pispk.normalise.TanggalParser;
import id.rekon.pispk.region.Kemendagri;
import id.rekon.pispk.region.RegionMaster;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The read step's reader gives what reading every row first and mapping it afterwards gave. */
class IngestReaderTest {

    private static final Path INBOX = Path.of("sample-data/inbox");
    private static final RegionMaster MASTER =
            new RegionMasterLoader().load(Path.of("sample-data/referensi/wilayah-kerja.csv")).master();

    @Test
    void eachRowIsMappedAsItIsReadWithTheSameResults() {
        for (String file : List.of("peserta_pcare_0201B001.csv", "ePPGBM Puskesmas Kota Soe 2026-11-01.xlsx",
                "Raw Data Survei - Puskesmas Kota Soe.xlsx", "catatan operator.csv")) {
            List<IngestResult> eager = new ArrayList<>();
            IngestReader reader = new IngestReader(new InboxItemReader(INBOX, List.of(file)), mapper());
            reader.open(new ExecutionContext());
            for (IngestResult r = reader.read(); r != null; r = reader.read()) {
                eager.add(r);
            }
            reader.close();

            List<IngestItem> items = new ArrayList<>();
            InboxItemReader rows = new InboxItemReader(INBOX, List.of(file));
            for (IngestItem item = rows.read(); item != null; item = rows.read()) {
                items.add(item);
            }
            rows.close();
            IngestMapper later = mapper();
            List<IngestResult> afterwards = items.stream().map(later::map).toList();

            // Payloads are byte arrays: compared by content.
            assertThat(eager).as(file).usingRecursiveFieldByFieldElementComparator().isEqualTo(afterwards);
            assertThat(eager.get(eager.size() - 1).fileDone()).as(file).isNotNull();
            assertThat(eager).as(file).hasSizeGreaterThan(file.startsWith("catatan") ? 0 : 2); // a refused file: its end alone
        }
    }

    private static IngestMapper mapper() {
        return new IngestMapper(new NikClassifier(Kemendagri.fromClasspath()), new TanggalParser(Year.of(2026)),
                MASTER);
    }
}
