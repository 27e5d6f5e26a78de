package id.rekon.pispk.output;

import id.rekon.pispk.model.Temuan;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/**
 * The order teams walk their area in: desa, then RT/RW, then family, then person (name, then
 * NIK), then rule; the finding's id last so the order is total and the same every night. Blank
 * desa, RT/RW or family come after the known ones (they cannot be walked to). Text compares as
 * Indonesian readers sort it, ignoring case.
 */
final class TemuanOrder {

    private static final Collator COLLATOR = collator();

    static final Comparator<TemuanRow> ROWS = Comparator.comparing(TemuanRow::temuan, temuan());

    private TemuanOrder() {
    }

    static Comparator<Temuan> temuan() {
        return Comparator.comparing(Temuan::desa, text())
                .thenComparing(Temuan::rtRw, text())
                .thenComparing(Temuan::kodeKeluarga, text())
                .thenComparing(Temuan::nama, text())
                .thenComparing(Temuan::nik, text())
                .thenComparing(t -> t.kodeAturan().ordinal(), Comparator.naturalOrder())
                .thenComparing(Temuan::idTemuan);
    }

    private static Comparator<String> text() {
        return (a, b) -> {
            boolean blankA = a == null || a.isBlank();
            boolean blankB = b == null || b.isBlank();
            if (blankA || blankB) {
                return Boolean.compare(blankA, blankB);
            }
            int c = COLLATOR.compare(a.trim(), b.trim());
            return c != 0 ? c : a.compareTo(b);
        };
    }

    private static Collator collator() {
        Collator c = Collator.getInstance(Locale.forLanguageTag("id-ID"));
        c.setStrength(Collator.SECONDARY);
        return c;
    }
}
