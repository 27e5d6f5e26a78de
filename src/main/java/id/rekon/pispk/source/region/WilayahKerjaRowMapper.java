package id.rekon.pispk.source.region;

import id.rekon.pispk.normalise.KodeTeks;
import id.rekon.pispk.source.CellText;
import id.rekon.pispk.normalise.MapResult;
import id.rekon.pispk.normalise.RejectReasons;
import id.rekon.pispk.source.SourceRowMapper;
import id.rekon.pispk.region.WilayahKerja;
import id.rekon.pispk.source.MappedRow;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static id.rekon.pispk.source.region.RegionMasterColumn.*;

/**
 * Maps a region-master row (one village a puskesmas serves) to a {@link WilayahKerja}.
 *
 * <p>Rejected when {@code Kode Puskesmas} or {@code Nama Puskesmas} is blank. {@code Alias Nama}
 * is a semicolon list. Kemendagri codes may be dotted; a kecamatan code is kept only with 6
 * digits and a village code only with 10, otherwise {@code null}. Codes are upper-cased.
 * Stateless and thread-safe.
 */
public final class WilayahKerjaRowMapper implements SourceRowMapper<WilayahKerja> {

    @Override
    public MapResult<WilayahKerja> map(MappedRow row) {
        RejectReasons reject = new RejectReasons();
        String kode = reject.required(KODE_PUSKESMAS.header(), CellText.of(row, KODE_PUSKESMAS));
        String nama = reject.required(NAMA_PUSKESMAS.header(), CellText.of(row, NAMA_PUSKESMAS));
        return reject.result(() -> new WilayahKerja(
                kode.toUpperCase(Locale.ROOT),
                nama,
                aliases(CellText.of(row, ALIAS_NAMA)),
                upper(CellText.of(row, KODE_PPK)),
                digits(row.text(KODE_KECAMATAN), 6),
                CellText.of(row, KECAMATAN),
                digits(row.text(KODE_DESA), 10),
                CellText.of(row, DESA)));
    }

    private static List<String> aliases(String text) {
        return text == null ? List.of() : Arrays.stream(text.split(";")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    private static String upper(String text) {
        return text == null ? null : KodeTeks.withoutBlanks(text).toUpperCase(Locale.ROOT);
    }

    private static String digits(String text, int length) {
        String d = KodeTeks.withoutBlanksAnd(text, ".'-");
        return d.length() == length && d.chars().allMatch(Character::isDigit) ? d : null;
    }
}
