package id.rekon.pispk.source.pcare;

import id.rekon.pispk.model.Asal;
import id.rekon.pispk.model.PesertaPcare;
import id.rekon.pispk.model.Sex;
import id.rekon.pispk.normalise.KodeTeks;
import id.rekon.pispk.source.CellText;
import id.rekon.pispk.normalise.JenisKelaminParser;
import id.rekon.pispk.normalise.MapResult;
import id.rekon.pispk.normalise.NamaNormaliser;
import id.rekon.pispk.normalise.NikClassifier;
import id.rekon.pispk.normalise.ProlanisParser;
import id.rekon.pispk.normalise.RejectReasons;
import id.rekon.pispk.source.SourceRowMapper;
import id.rekon.pispk.normalise.StatusPcareParser;
import id.rekon.pispk.normalise.TanggalParser;
import id.rekon.pispk.region.PuskesmasRouter;
import id.rekon.pispk.model.CellValue;
import id.rekon.pispk.source.MappedRow;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

import static id.rekon.pispk.source.pcare.PcareColumn.*;

/**
 * Maps a PCare participant (a tabular row, or a {@code peserta} object flattened by the JSON
 * reader) to a {@link PesertaPcare}.
 *
 * <p>Rejected only when {@code No Kartu} is blank. A card number that arrived as a number with
 * fewer than 13 digits gets back its leading zeros (only zeros: nothing is guessed). The NIK
 * ({@code noKTP}) is classified against the participant's date of birth and sex. Active status:
 * the JSON {@code aktif} flag when readable, else the status text
 * ({@link StatusPcareParser}); a status that cannot be read counts as not active, and
 * {@code statusAsli} keeps the text for the operator. {@code kodePuskesmas} is routed from
 * {@code Kode PPK} ({@code null} when unknown). Stateless and thread-safe.
 */
public final class PesertaPcareRowMapper implements SourceRowMapper<PesertaPcare> {

    private static final int NO_KARTU_DIGITS = 13;

    private final NikClassifier nik;
    private final TanggalParser tanggal;
    private final PuskesmasRouter router;
    private final NamaNormaliser nama = new NamaNormaliser();
    private final JenisKelaminParser jenisKelamin = new JenisKelaminParser();
    private final StatusPcareParser status = new StatusPcareParser();
    private final ProlanisParser prolanis = new ProlanisParser();

    public PesertaPcareRowMapper(NikClassifier nik, TanggalParser tanggal, PuskesmasRouter router) {
        this.nik = Objects.requireNonNull(nik, "nik");
        this.tanggal = Objects.requireNonNull(tanggal, "tanggal");
        this.router = Objects.requireNonNull(router, "router");
    }

    @Override
    public MapResult<PesertaPcare> map(MappedRow row) {
        RejectReasons reject = new RejectReasons();
        String noKartu = reject.required(NO_KARTU.header(), noKartu(row.get(NO_KARTU)));
        LocalDate lahir = tanggal.parse(row.get(TGL_LAHIR)).orElse(null);
        Sex sex = jenisKelamin.parse(row.text(JK)).orElse(null);
        String ket = CellText.of(row, STATUS_PESERTA);
        String aktif = CellText.of(row, AKTIF);
        String kodePpk = kodePpk(CellText.of(row, KODE_PPK));
        ProlanisParser.Prolanis prol = prolanis.parse(row.text(PROLANIS));
        return reject.result(() -> new PesertaPcare(
                new Asal(row.file(), row.rowNumber()),
                noKartu,
                nik.classify(row.get(NIK), lahir, sex, null),
                nama.normalise(row.text(NAMA)),
                sex,
                lahir,
                CellText.of(row, JENIS_PESERTA),
                status.aktif(aktif, ket).orElse(false),
                ket != null ? ket : aktif,
                kodePpk,
                CellText.of(row, NAMA_PPK),
                kodePpk == null ? null : router.routePcare(kodePpk).orElse(null),
                prol.ht(),
                prol.dm()));
    }

    private static String noKartu(CellValue cell) {
        String text = CellText.clean(cell.text());
        if (text == null) {
            return null;
        }
        String compact = KodeTeks.withoutBlanksAnd(text, "-");
        if (cell.numeric() && KodeTeks.isDigits(compact, 1, NO_KARTU_DIGITS - 1)) {
            // A numeric cell drops leading zeros; 13 digits fit Excel's precision, so only those are missing.
            return "0".repeat(NO_KARTU_DIGITS - compact.length()) + compact;
        }
        return compact;
    }

    private static String kodePpk(String text) {
        return text == null ? null : KodeTeks.withoutBlanks(text).toUpperCase(Locale.ROOT);
    }
}
