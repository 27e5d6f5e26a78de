package id.rekon.pispk.output;

import id.rekon.pispk.model.Puskesmas;
import id.rekon.pispk.model.RuleCode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static id.rekon.pispk.output.TemuanFixtures.PKM;
import static id.rekon.pispk.output.TemuanFixtures.row;
import static org.assertj.core.api.Assertions.assertThat;

/** temuan.xlsx: the CSV's table, opened in Excel with NIKs whole and nothing to import. */
class TemuanXlsxWriterTest {

    @TempDir
    Path dir;

    @Test
    void sameColumnsAsTheCsvNikAsTextDatesAsDates() throws IOException {
        List<TemuanRow> rows = new ArrayList<>();
        for (int i = 1; i <= 250; i++) {
            rows.add(row(RuleCode.values()[i % RuleCode.values().length], "53020111082500" + String.format("%02d", i % 100),
                    "Nama " + i, "Desa " + i % 3));
        }
        Path target = dir.resolve(TemuanXlsxWriter.FILE_NAME);
        long written = new TemuanXlsxWriter().write(rows.iterator(),
                new PuskesmasNames(List.of(new Puskesmas(PKM, "Oesapa"))), target);

        assertThat(written).isEqualTo(250);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(target))) {
            XSSFSheet sheet = wb.getSheet(TemuanXlsxWriter.SHEET);
            List<String> headers = new ArrayList<>();
            sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).containsExactly(TemuanCsvColumn.headers());
            assertThat(sheet.getLastRowNum()).isEqualTo(250);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
            Row first = sheet.getRow(1);
            Cell nikCell = first.getCell(TemuanCsvColumn.NIK.ordinal());
            assertThat(nikCell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(nikCell.getStringCellValue()).isEqualTo(rows.get(0).temuan().nik()).hasSize(16);
            assertThat(nikCell.getCellStyle().getDataFormatString()).isEqualTo("@");
            Cell lahir = first.getCell(TemuanCsvColumn.TANGGAL_LAHIR.ordinal());
            assertThat(DateUtil.isCellDateFormatted(lahir)).isTrue();
            assertThat(first.getCell(TemuanCsvColumn.UMUR_BULAN.ordinal()).getNumericCellValue()).isEqualTo(41);
            assertThat(first.getCell(TemuanCsvColumn.NAMA_PUSKESMAS.ordinal()).getStringCellValue()).isEqualTo("Oesapa");
            assertThat(first.getCell(TemuanCsvColumn.ARAH_KATA.ordinal()).getStringCellValue())
                    .isEqualTo(rows.get(0).temuan().arah().label());
        }
    }
}
