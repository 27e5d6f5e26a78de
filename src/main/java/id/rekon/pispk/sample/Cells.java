package id.rekon.pispk.sample;

import id.rekon.pispk.model.Sex;

import java.time.LocalDate;
import java.util.Locale;

/**
 * How values are written: NIKs with their damage or harmless decoration, names in each source's
 * habits. Every oddity written is counted on the file's {@link FileStats}.
 */
final class Cells {

    private final Rng rng;
    private final LocalDate runDate;

    Cells(Rng rng, LocalDate runDate) {
        this.rng = rng;
        this.runDate = runDate;
    }

    /**
     * The cell value for a NIK: a {@link String}, or a {@link Double} for a damaged numeric cell
     * (spreadsheets only; a CSV gets the scientific text Excel would have saved), or {@code null}.
     *
     * @param decorate chance that a clean NIK gets an apostrophe, dashes, dots or spaces, which the
     *                 job must strip (not damage)
     */
    Object nik(NikOut n, FileStats st, boolean spreadsheet, double decorate) {
        return nik(n, st, spreadsheet, decorate, "nik");
    }

    /** As {@link #nik(NikOut, FileStats, boolean, double)}, counting under {@code prefix} (e.g. {@code no_kk}). */
    Object nik(NikOut n, FileStats st, boolean spreadsheet, double decorate, String prefix) {
        switch (n.form()) {
            case BLANK:
                st.damage(prefix + "_blank");
                return null;
            case NUMERIC:
                st.damage(n.tag() == null || !prefix.equals("nik") ? prefix + "_numeric_cell" : n.tag());
                if (spreadsheet) {
                    return (double) Long.parseLong(n.text());
                }
                return NikOut.scientific(n.text());
            default:
                break;
        }
        if (!n.isClean()) {
            st.damage(prefix.equals("nik") ? n.tag() : n.tag().replace("nik", prefix));
            return n.text();
        }
        String t = n.text();
        if (rng.chance(decorate)) {
            double u = rng.uniform();
            if (u < 0.6) {
                st.damage(prefix + "_apostrophe");
                return "'" + t;
            }
            st.damage(prefix + "_separators");
            String sep = u < 0.75 ? "-" : u < 0.9 ? " " : ".";
            return t.substring(0, 4) + sep + t.substring(4, 8) + sep + t.substring(8, 12) + sep + t.substring(12);
        }
        return t;
    }

    /** A PIS-PK name as an operator types it: mostly capitals, sometimes mixed case or a double space. */
    String pispkName(String name, FileStats st, boolean allowMixed) {
        double u = rng.uniform();
        if (name.indexOf('\'') >= 0) {
            st.damage("name_apostrophe");
        }
        if (!Names.fold(name).equals(name)) {
            st.damage("name_diacritics");
        }
        if (allowMixed && u < 0.07) {
            st.damage("name_mixed_case");
            return Names.mixedCase(name);
        }
        if (u >= 0.07 && u < 0.12 && name.indexOf(' ') > 0) {
            st.damage("name_double_space");
            return Names.doubleSpace(name);
        }
        return name;
    }

    /** A child's name in e-PPGBM: folded, sometimes with {@code AN.} in front. */
    String eppgbmName(Person c, FileStats st) {
        if (c.eppgbmName != null) {
            if (c.eppgbmName.startsWith("BY NY")) {
                st.damage("name_by_ny");
            }
            return c.eppgbmName;
        }
        String n = Names.fold(c.name);
        if (rng.chance(0.1)) {
            st.damage("name_title");
            return "AN. " + n;
        }
        return n;
    }

    /** A PCare name: folded, apostrophes sometimes dropped, titles as BPJS staff type them. */
    String pcareName(PcareEntry e, FileStats st) {
        if (e.nama != null) {
            return e.nama;
        }
        Person p = e.person;
        String n = Names.fold(p.name);
        if (n.indexOf('\'') >= 0 && rng.chance(0.5)) {
            n = n.replace("'", "");
        }
        int age = p.tahunPada(runDate);
        double u = rng.uniform();
        if (p.muslim && age >= 45 && u < 0.2) {
            st.damage("name_title");
            return (p.sex == Sex.L ? "H. " : "HJ. ") + n;
        }
        if (age >= 20 && u < 0.3) {
            st.damage("name_title");
            return (p.sex == Sex.L ? "TN. " : "NY. ") + n;
        }
        if (age >= 25 && u < 0.33) {
            st.damage("name_title");
            return n + ", S.PD";
        }
        return n;
    }

    /** A KUA name: folded, now and then with an academic title. */
    String kuaName(Person p, FileStats st) {
        String n = Names.fold(p.name).toUpperCase(Locale.ROOT);
        if (rng.chance(0.05)) {
            st.damage("name_title");
            return n + ", S.PD";
        }
        return n;
    }

    Rng rng() {
        return rng;
    }

    LocalDate runDate() {
        return runDate;
    }
}
