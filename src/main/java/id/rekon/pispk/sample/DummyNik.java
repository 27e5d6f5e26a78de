package id.rekon.pispk.sample;

/** The placeholder NIKs e-PPGBM carries for a newborn who has no NIK yet (NIK-03). */
enum DummyNik {
    /** The kecamatan code followed by zeros. */
    ZEROS,
    /** The mother's NIK (the row's NIK Ortu shows it). */
    MOTHERS;

    /** The dummy NIK as written for a child of family {@code f}, tagged for the damage counters. */
    NikOut of(Family f) {
        return this == MOTHERS ? NikOut.tagged(f.mother.nik, "nik_dummy_mother")
                : NikOut.tagged(f.puskesmas.kodeKecamatan() + "0000000000", "nik_dummy_zero");
    }
}
