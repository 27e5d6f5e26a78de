package id.rekon.pispk.sample;

/**
 * Hands out invalid NIKs in turn over the whole run, whichever injector asks, so every form appears
 * in a run of any size. One instance per run: the turn is shared by the NIK, MATCH-01 and KUA
 * injectors, and the data depends on the order they ask in.
 */
final class InvalidNiks {

    /** An invalid NIK as written, and the form it was made in (the manifest names it). */
    record Made(NikOut nik, InvalidNikForm form) {
    }

    private int turn;

    /**
     * The next invalid form of {@code p}'s NIK. Where {@code allowOnceForms} is false, or once every
     * form has been used, the turn folds onto the repeatable forms.
     */
    Made make(Person p, boolean allowOnceForms) {
        InvalidNikForm[] forms = InvalidNikForm.values();
        int form = turn++ % forms.length;
        if (!allowOnceForms || turn > forms.length) {
            form = form % InvalidNikForm.REPEATABLE;
        }
        InvalidNikForm f = forms[form];
        return new Made(NikOut.tagged(f.apply(p.nik, p.sex), "nik_invalid"), f);
    }
}
