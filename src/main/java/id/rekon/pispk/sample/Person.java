package id.rekon.pispk.sample;

import id.rekon.pispk.model.Jawaban;
import id.rekon.pispk.model.Sex;
import id.rekon.pispk.model.StatusKawin;
import id.rekon.pispk.model.Umur;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * One synthetic person and everything each source will say about them. Mutable on purpose:
 * the factory fills in a clean person, an injection then changes one side, and the writers read.
 * Lives only while its family is being generated.
 */
final class Person {

    final long id;
    String name;
    Sex sex;
    LocalDate dob;
    /** The person's real NIK, or {@code null} for a baby who has none yet. */
    String nik;
    boolean muslim;
    String hubungan;
    StatusKawin kawin;
    String noUrut;

    /** Listed in the PIS-PK survey (false for children only e-PPGBM knows, outsiders). */
    boolean inPispk = true;
    /** How PIS-PK writes the NIK; {@code null} means the clean real NIK (or blank when none). */
    NikOut pispkNik;
    Jawaban kb;
    Jawaban bersalin;
    Jawaban asi;
    Jawaban imunisasi;
    Jawaban pemantauan;
    Jawaban tb;
    Jawaban ht;
    Jawaban odgj;
    Boolean hamil;
    Boolean merokok;
    Boolean jkn;

    /** e-PPGBM: the child's measurements (empty for adults and children it does not know). */
    final List<Measurement> measurements = new ArrayList<>();
    boolean asiEksklusif;
    double zTb;
    double zBb;
    /** Birth weight in kg and length in cm, as e-PPGBM records them. */
    double bbLahir;
    double tbLahir;
    /** e-PPGBM NIK; {@code null} means the clean real NIK. */
    NikOut eppgbmNik;
    /** e-PPGBM name; {@code null} means the person's name in e-PPGBM style. */
    String eppgbmName;
    String namaIbu;
    String namaAyah;
    String nikIbu;
    Kabupaten.PuskesmasArea eppgbmPuskesmas;
    Kabupaten.DesaArea eppgbmDesa;

    PcareEntry pcare;
    boolean inKua;
    /** Already carries an injected discrepancy: never pick it for another. */
    boolean used;

    Person(long id) {
        this.id = id;
    }

    int bulanPada(LocalDate date) {
        return Umur.bulan(dob, date);
    }

    int tahunPada(LocalDate date) {
        return Period.between(dob, date).getYears();
    }

    NikOut pispkNikOut() {
        if (pispkNik != null) {
            return pispkNik;
        }
        return nik == null ? NikOut.blank() : NikOut.clean(nik);
    }

    NikOut eppgbmNikOut() {
        if (eppgbmNik != null) {
            return eppgbmNik;
        }
        return nik == null ? NikOut.blank() : NikOut.clean(nik);
    }

    boolean hasMeasurementBetween(LocalDate from, LocalDate to) {
        for (Measurement m : measurements) {
            if (!m.tanggal.isBefore(from) && !m.tanggal.isAfter(to)) {
                return true;
            }
        }
        return false;
    }
}
