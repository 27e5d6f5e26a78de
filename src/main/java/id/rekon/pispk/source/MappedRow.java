package id.rekon.pispk.source;

import id.rekon.pispk.model.CellValue;

import java.util.Map;

/**
 * A data row of a recognised file with its cells looked up by column. Columns the file does not
 * have answer {@link CellValue#EMPTY}.
 *
 * @param file     the file name (no folder), for rejects and findings
 * @param row      the physical row
 * @param columns  the column index of each column the header holds
 */
public record MappedRow(String file, RawRow row, Map<SourceColumn, Integer> columns) {

    public CellValue get(SourceColumn column) {
        Integer idx = columns.get(column);
        return idx == null ? CellValue.EMPTY : row.cell(idx);
    }

    /** Trimmed text of the column, empty when absent. */
    public String text(SourceColumn column) {
        return get(column).text().trim();
    }

    public boolean has(SourceColumn column) {
        return columns.containsKey(column);
    }

    public long rowNumber() {
        return row.rowNumber();
    }
}
