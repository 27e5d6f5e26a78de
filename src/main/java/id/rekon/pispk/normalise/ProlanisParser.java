package id.rekon.pispk.normalise;

/**
 * Reads PCare's Prolanis column ({@code Prolanis}, JSON {@code pstProl}): {@code HT},
 * {@code DM}, {@code HT+DM}, {@code DM/HT}, {@code HTDM}, {@code Hipertensi},
 * {@code Diabetes Melitus}, case-insensitive. Blank or anything else is neither.
 * Immutable and thread-safe.
 */
public final class ProlanisParser {

    /** Prolanis membership: hypertension and/or diabetes. */
    public record Prolanis(boolean ht, boolean dm) {
        public static final Prolanis NONE = new Prolanis(false, false);
    }

    public Prolanis parse(String text) {
        String k = TextKey.words(text);
        if (k.isEmpty()) {
            return Prolanis.NONE;
        }
        boolean ht = false;
        boolean dm = false;
        for (String w : k.split(" ")) {
            switch (w) {
                case "HT", "HIPERTENSI", "HYPERTENSION" -> ht = true;
                case "DM", "DIABETES", "DMT2", "DIABETESMELITUS", "DIABETESMELLITUS" -> dm = true;
                case "HTDM", "DMHT" -> {
                    ht = true;
                    dm = true;
                }
                default -> {
                }
            }
        }
        return new Prolanis(ht, dm);
    }
}
