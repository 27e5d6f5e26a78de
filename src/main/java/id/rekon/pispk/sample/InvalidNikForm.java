package id.rekon.pispk.sample;

import id.rekon.pispk.model.Sex;

/**
 * The ways the generator makes a NIK invalid, each built from the person's real NIK. Declaration
 * order is the order they are handed out in ({@link InvalidNiks}); the last two are so recognisable
 * that a run uses each once.
 */
enum InvalidNikForm {
    FIFTEEN_DIGITS("15 digits"),
    SERIAL_ZERO("serial 0000"),
    DAY_35("day 35"),
    MONTH_13("month 13"),
    PROVINCE_10("province 10"),
    FEBRUARY_31("31 February"),
    SEVENTEEN_DIGITS("17 digits"),
    ALL_ONE_DIGIT("all one digit"),
    RUN_OF_DIGITS("a run of digits");

    /** How many forms may repeat: those before {@link #ALL_ONE_DIGIT}. */
    static final int REPEATABLE = ALL_ONE_DIGIT.ordinal();

    /** The manifest's words for this form. */
    final String description;

    InvalidNikForm(String description) {
        this.description = description;
    }

    /** The invalid text made from {@code nik}, the NIK of a person of sex {@code sex}. */
    String apply(String nik, Sex sex) {
        return switch (this) {
            case FIFTEEN_DIGITS -> nik.substring(0, 15);
            case SERIAL_ZERO -> nik.substring(0, 12) + "0000";
            case DAY_35 -> nik.substring(0, 6) + "35" + nik.substring(8);
            case MONTH_13 -> nik.substring(0, 8) + "13" + nik.substring(10);
            case PROVINCE_10 -> "10" + nik.substring(2);
            // day 31 (71 for a woman, day + 40) of month 02
            case FEBRUARY_31 -> nik.substring(0, 6) + (sex == Sex.P ? "71" : "31") + "02" + nik.substring(10);
            case SEVENTEEN_DIGITS -> nik + "1";
            case ALL_ONE_DIGIT -> "5555555555555555";
            case RUN_OF_DIGITS -> "1234567890123456";
        };
    }
}
