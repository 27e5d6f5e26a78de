package id.rekon.pispk.source;

/** The physical formats an inbox file can have, told apart by {@link FormatSniffer} from content. */
public enum FileFormat {
    /** Office Open XML workbook (a zip). */
    XLSX("XLSX"),
    /** Legacy Excel 97-2003 workbook (an OLE2 container). */
    XLS("XLS"),
    /** JSON array, wrapped array or one object per line (PCare web service). */
    JSON("JSON"),
    /** Delimited text; also the fallback for anything else. */
    CSV("CSV");

    private final String label;

    FileFormat(String label) {
        this.label = label;
    }

    /** Name shown to operators. */
    public String label() {
        return label;
    }
}
