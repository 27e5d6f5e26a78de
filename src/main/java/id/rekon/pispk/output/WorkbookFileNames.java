package id.rekon.pispk.output;

import id.rekon.pispk.model.Puskesmas;

import java.util.Objects;

/** The workbook file name of a puskesmas: {@code <Kode Puskesmas> <Nama Puskesmas>.xlsx}, Windows safe. */
public final class WorkbookFileNames {

    public static final String EXTENSION = ".xlsx";

    private WorkbookFileNames() {
    }

    /** E.g. {@code P5301010101 Oesapa.xlsx}; see {@link SafeFileName} for what is replaced. */
    public static String of(Puskesmas puskesmas) {
        Objects.requireNonNull(puskesmas, "puskesmas");
        String kode = puskesmas.kode() == null ? "" : puskesmas.kode().trim();
        String nama = puskesmas.nama() == null ? "" : puskesmas.nama().trim();
        String base = (kode + " " + nama).trim();
        return SafeFileName.of(base, EXTENSION, "Puskesmas");
    }
}
