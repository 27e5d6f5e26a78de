package id.rekon.pispk.sample;

/** What the manifest expects of one finding: the job must, may or must not produce it. */
enum Expect {
    MUST, MAY, NONE;

    /** The word the manifest writes ({@code must}, {@code may}, {@code none}). */
    String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
