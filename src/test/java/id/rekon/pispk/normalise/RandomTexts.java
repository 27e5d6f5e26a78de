package id.rekon.pispk.normalise;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Inputs for the oracle tests that check a character loop against the pattern it replaced: the
 * real shapes of cells (names with titles, dates, decimals, NIKs, codes), those shapes mutated,
 * and random strings from a rich alphabet (ASCII punctuation and blanks, NBSP and other Unicode
 * spaces, accented and combining letters, apostrophe variants, digits of other scripts, CJK,
 * emoji as surrogate pairs, a lone surrogate). Seeded, so a failure repeats.
 */
public final class RandomTexts {

    /** Real cell shapes, each also mutated by {@link #samples}. */
    public static final List<String> SHAPES = List.of(
            "SITI AMINAH", "siti   aminah", "  Siti Aminah  ", "BY NY SITI", "BY. NY. SITI", "BY.NY.SITI",
            "BAYI NY SITI", "H. ABD. RAHMAN, S.PD", "Ny.  Siti Nur-Aini, S.Pd", "MA'RUF AMIN", "Nur’aini",
            "DR.H.ABDUL", "BUDI S.E", "BUDI, SE", "BUDI SE", "MARIA, S. Pd", "A. Md. Keb", "Oe'kabiti - Soe",
            "José Marí Ñúñez", "INÊS", "MARIA / YOHANES", "MARIA DAN YOHANES", "maria dan yohanes", "DANIEL",
            "RAMDANI dan SITI", "MARIA & YOHANES", "MARIA, YOHANES", "MARIA - YOHANES", "AN-NUR", "MARIA + YOHANES",
            "MARIA, S.PD / YOHANES", "MARIA -YOHANES", "MARIA- YOHANES", "dan", "Dan Maria", "MARIA;YOHANES",
            "2024-03-05", "05/03/2024", "5-3-24", "5/3/2024", "05.03.2024", "2024/3/5", "2024.03.05", "20240305",
            "44562", "44562,5", "60", "1999", "12 Januari 2021", "12-Jan-2021", "12 Agt 2021", "Jan 12, 2021",
            "Senin, 12 Januari 2021", "2021-01-12 00:00:00", "2021-01-12T08:30", "31/02/2021", "00/01/2020",
            "1/13/2021", "'2024-03-05", "12/01/21", "12/01/28", "2024-3-5 8:30 WIB",
            "12,5", "12.5", "1.234,5", "1,234.5", "1.234.567", "3.200", "-4", "+4,5", "−2,5", " 45 % ", ",5", ".5",
            "1 234,5", "1\u00A0234", "-", "", " ", "0,667", "12,", "1..2", "1,2.3,4",
            "5301234567890123", "'5301-2345-6789-0123", "5.30123E+15", "5,30123E+15", "530 123 4567",
            "003/002", "RT 03 RW 02", "3/2", "003 - 002", "0", "000", "0007",
            "5302010001", "53.02.01.0001", "53-02'01 0001", "0201B001", " 0201 b001 ", "0001234567890",
            "0001-2345-67890", "P5302010101", "TOTAL", "Grand Total", "SUB TOTAL", "Jumlah Balita:", "jumlah",
            "TOTALITAS", "962", "12.5", "1234567890", "Total\n3");

    private static final String[] ALPHABET = {
        "A", "B", "D", "N", "S", "T", "Y", "a", "d", "n", "y", "g", "j", "E", "e", "0", "1", "2", "3", "5", "9",
        ".", ",", "'", "-", "/", "\\", "&", "+", ";", ":", "(", ")", "%", "E", "e", " ", " ", " ", "\t", "\n", "\r",
        "\u000B", "\f", "\u00A0", "\u2007", "\u202F", "\u3000", "\u2028", "\u0085", "\u001F",
        "é", "Ö", "ñ", "ß", "ı", "ſ", "\u212A", "ﬁ", "Ａ", "１", "\u0301", "\u0308",
        "‘", "’", "`", "´", "ʼ", "ʻ", "\u2212", "\u2010", "\u2013", "\u2015",
        "٣", "۵", "²", "Ⅻ", "中", "😀", "\uD800", "T", "O", "L", "J", "U", "M", "H"};

    private static final String[] WORDS = {"SITI", "dan", "DAN", "BY", "NY", "H.", "S.PD", "TOTAL", "jumlah",
        "GRAND", "sub", "Jan", "Agt", "Senin,", "2024", "03", "5", "12", "00:00", "WIB", "AM", "T08:30", "E+15"};

    private RandomTexts() {
    }

    /** {@code n} inputs: every shape, shapes mutated, random words and random characters. */
    public static List<String> samples(long seed, int n) {
        Random rng = new Random(seed);
        List<String> out = new ArrayList<>(n + SHAPES.size());
        out.addAll(SHAPES);
        while (out.size() < n + SHAPES.size()) {
            switch (rng.nextInt(5)) {
                case 0 -> out.add(SHAPES.get(rng.nextInt(SHAPES.size())));
                case 1 -> out.add(mutate(SHAPES.get(rng.nextInt(SHAPES.size())), rng));
                case 2 -> out.add(words(rng));
                case 3 -> out.add(chars(rng, false));
                default -> out.add(chars(rng, true));
            }
        }
        return out;
    }

    private static String mutate(String shape, Random rng) {
        StringBuilder sb = new StringBuilder(shape);
        int edits = 1 + rng.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int at = sb.isEmpty() ? 0 : rng.nextInt(sb.length() + 1);
            String piece = rng.nextInt(3) == 0 ? ALPHABET[rng.nextInt(ALPHABET.length)]
                    : String.valueOf((char) ('0' + rng.nextInt(10)));
            if (rng.nextBoolean() && at < sb.length()) {
                sb.deleteCharAt(at);
            } else {
                sb.insert(at, piece);
            }
        }
        return sb.toString();
    }

    private static String words(Random rng) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + rng.nextInt(5);
        for (int i = 0; i < n; i++) {
            sb.append(WORDS[rng.nextInt(WORDS.length)]);
            sb.append(ALPHABET[21 + rng.nextInt(20)]);
        }
        return sb.toString();
    }

    /** Random characters; {@code asciiOnly} keeps to the first 43 entries, ASCII (loops' fast paths). */
    private static String chars(Random rng, boolean asciiOnly) {
        int bound = asciiOnly ? 43 : ALPHABET.length;
        StringBuilder sb = new StringBuilder();
        int n = rng.nextInt(14);
        for (int i = 0; i < n; i++) {
            sb.append(ALPHABET[rng.nextInt(bound)]);
        }
        return sb.toString();
    }
}
