package id.rekon.pispk.umpanbalik;

import id.rekon.pispk.model.Temuan;
import id.rekon.pispk.output.TemuanColumn;
import id.rekon.pispk.model.CellValue;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.function.Function;

/**
 * The columns of a returned row that must still say what the job wrote for the row's
 * {@code ID Temuan}. They tell the person and the rule apart, so a row whose {@code ID Temuan} no
 * longer sits beside its own person (cells edited, or a sort over only some columns) is caught
 * before its {@code Tindak Lanjut} and {@code Catatan} are put on the wrong finding. Columns that
 * change from night to night by themselves (age, PIS-PK and program values, status) are not
 * compared.
 */
public enum IdentityColumn {
    KODE_ATURAN(TemuanColumn.KODE_ATURAN, t -> t.kodeAturan().code()),
    NIK(TemuanColumn.NIK, Temuan::nik),
    NAMA(TemuanColumn.NAMA, Temuan::nama),
    TANGGAL_LAHIR(TemuanColumn.TANGGAL_LAHIR, null),
    KODE_KELUARGA(TemuanColumn.KODE_KELUARGA, Temuan::kodeKeluarga);

    private final TemuanColumn column;
    private final Function<Temuan, String> text;

    IdentityColumn(TemuanColumn column, Function<Temuan, String> text) {
        this.column = column;
        this.text = text;
    }

    /** The workbook column, whose header is looked up in the returned sheet. */
    public TemuanColumn column() {
        return column;
    }

    /** The header as the teams see it. */
    public String header() {
        return column.header();
    }

    /**
     * Whether the returned cell still shows what the job writes for {@code temuan}. Text is
     * compared trimmed and exactly (a blank cell equals an empty value); the date of birth as a
     * date (a date cell, or ISO text).
     */
    public boolean matches(CellValue cell, Temuan temuan) {
        CellValue c = cell == null ? CellValue.EMPTY : cell;
        if (this == TANGGAL_LAHIR) {
            LocalDate expected = temuan.tanggalLahir();
            if (expected == null) {
                return c.isBlank();
            }
            return expected.equals(c.date() != null ? c.date() : isoDate(c.text()));
        }
        String expected = text.apply(temuan);
        return Objects.equals(expected == null ? "" : expected.trim(), c.text().trim());
    }

    private static LocalDate isoDate(String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
