package id.rekon.pispk.output;

/**
 * An age as a team says it: months for a child under five ({@code 7 bulan}), whole years from five
 * on ({@code 77 tahun}). Months are what growth monitoring counts; {@code 934 bulan} for a
 * grandmother is a number nobody reads.
 */
final class UmurTeks {

    /** From this many months on, the age is given in years. */
    static final int BULAN_SAMPAI = 60;

    private UmurTeks() {
    }

    /** Empty when the age is unknown. */
    static String of(Integer bulan) {
        if (bulan == null || bulan < 0) {
            return "";
        }
        return bulan < BULAN_SAMPAI ? bulan + " bulan" : (bulan / 12) + " tahun";
    }
}
