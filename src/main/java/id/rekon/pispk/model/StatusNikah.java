package id.rekon.pispk.model;

/** SIMKAH registration status of a couple. */
public enum StatusNikah {
    /** Registered, not yet married: a bride and groom to accompany. */
    TERDAFTAR,
    /** Married. */
    NIKAH
}
