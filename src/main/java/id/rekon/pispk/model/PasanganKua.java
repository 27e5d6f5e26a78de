package id.rekon.pispk.model;

/** One spouse of a KUA registration, seen as a person. */
public record PasanganKua(PernikahanKua pernikahan, boolean suami) {

    public Pasangan pasangan() {
        return suami ? pernikahan.suami() : pernikahan.istri();
    }
}
