package id.rekon.pispk.sample;

/** How Excel damages a 16-digit NIK (NIK-02). */
enum ExcelDamage {
    /** Kept as a number: 15 significant digits, the last one lost. */
    NUMERIC_CELL,
    /** Shown in General format and saved as text: {@code 5.30201E+15}. */
    SCIENTIFIC_TEXT;

    NikOut of(String nik) {
        return this == NUMERIC_CELL ? NikOut.numeric(nik, "nik_numeric_cell") : NikOut.scientificText(nik);
    }

    /** The damage a PIS-PK export of the puskesmas shows: numeric cells in the raw survey workbook, text in CSV. */
    static ExcelDamage ofPispk(Kabupaten.PuskesmasArea p) {
        return p.rawSurvei() ? NUMERIC_CELL : SCIENTIFIC_TEXT;
    }
}
