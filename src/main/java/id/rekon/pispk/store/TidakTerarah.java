package id.rekon.pispk.store;

/**
 * A program record that could not be routed to a puskesmas through the region master.
 *
 * @param valueSeen what was tried, e.g. the e-PPGBM puskesmas name or the PCare PPK code
 */
public record TidakTerarah(String fileName, long rowNumber, RecordKind kind, String valueSeen) {
}
