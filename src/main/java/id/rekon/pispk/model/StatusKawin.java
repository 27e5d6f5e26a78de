package id.rekon.pispk.model;

/** Status perkawinan of a PIS-PK member. */
public enum StatusKawin {
    BELUM_KAWIN("Belum Kawin"),
    KAWIN("Kawin"),
    CERAI_HIDUP("Cerai Hidup"),
    CERAI_MATI("Cerai Mati");

    private final String label;

    StatusKawin(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
