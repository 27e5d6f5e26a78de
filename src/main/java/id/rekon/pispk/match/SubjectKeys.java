package id.rekon.pispk.match;

import id.rekon.pispk.model.Anggota;
import id.rekon.pispk.model.Pengukuran;
import id.rekon.pispk.model.PernikahanKua;
import id.rekon.pispk.model.PesertaPcare;
import id.rekon.pispk.model.Sumber;

import java.time.LocalDate;

/**
 * Stable keys for people who have no usable NIK. They depend only on what the record says about
 * the person (never on file names or row numbers), so the same person gets the same key, and
 * the same finding id, every night whatever the file or row order.
 */
public final class SubjectKeys {

    private SubjectKeys() {
    }

    /** A PIS-PK member: family code, normalised name, date of birth. */
    public static String anggota(Anggota a) {
        return "PISPK|" + a.kodeKeluarga() + "|" + a.nama().normal() + "|" + date(a.tanggalLahir());
    }

    /**
     * An e-PPGBM child: the NIK digits as given (dummy, damaged or blank), normalised name and date
     * of birth, so twelve monthly measurements under one dummy NIK are one person.
     */
    public static String pengukuran(Pengukuran p) {
        return "EPPGBM|" + p.nik().digits() + "|" + p.nama().normal() + "|" + date(p.tanggalLahir());
    }

    /** A PCare participant: the card number identifies them. */
    public static String pcare(PesertaPcare p) {
        return "PCARE|" + p.noKartu();
    }

    /** A KUA couple: its registration number. */
    public static String couple(PernikahanKua k) {
        return "KUA|" + k.noPendaftaran();
    }

    /** One spouse of a KUA couple. */
    public static String pasangan(PernikahanKua k, boolean suami) {
        return couple(k) + (suami ? "|SUAMI" : "|ISTRI");
    }

    /** The source a record key of this class belongs to ({@code null} for a key of no source). */
    public static Sumber sumber(String key) {
        if (key.startsWith("PISPK|")) {
            return Sumber.PISPK;
        }
        if (key.startsWith("EPPGBM|")) {
            return Sumber.EPPGBM;
        }
        if (key.startsWith("PCARE|")) {
            return Sumber.PCARE;
        }
        return key.startsWith("KUA|") ? Sumber.KUA : null;
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }
}
