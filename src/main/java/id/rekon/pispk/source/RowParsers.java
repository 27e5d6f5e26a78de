package id.rekon.pispk.source;

import id.rekon.pispk.normalise.NikClassifier;
import id.rekon.pispk.normalise.TanggalParser;
import id.rekon.pispk.region.PuskesmasRouter;

/**
 * What a kind's row mapper is built from: tonight's NIK classifier, date parser (its run year) and
 * puskesmas router. Every mapper takes what it needs of these, so a definition can build its mapper
 * without the caller knowing which kind needs what.
 *
 * @param router {@code null} only where no routed kind is read (tests of PIS-PK files)
 */
public record RowParsers(NikClassifier nik, TanggalParser tanggal, PuskesmasRouter router) {
}
