package id.rekon.pispk.source;

import java.util.List;

/**
 * The words in a sheet's name that suggest a kind ({@code Data Balita} for e-PPGBM), compared in
 * {@link HeaderKey} form: the name suggests the kind when it holds any of {@code words} and none
 * of {@code unless} (a sheet named {@code Anggota Keluarga} is not the family sheet).
 */
public record SheetHint(List<String> words, List<String> unless) {

    public SheetHint {
        words = List.copyOf(words);
        unless = List.copyOf(unless);
    }

    public static SheetHint anyOf(String... words) {
        return new SheetHint(List.of(words), List.of());
    }

    public SheetHint unless(String... words) {
        return new SheetHint(this.words, List.of(words));
    }

    /** Whether a sheet name, already in {@link HeaderKey} form, suggests the kind. */
    public boolean suggestedBy(String sheetKey) {
        return words.stream().anyMatch(sheetKey::contains) && unless.stream().noneMatch(sheetKey::contains);
    }
}
