package id.rekon.pispk.sample;

import id.rekon.pispk.model.Sex;

import java.time.LocalDate;

/** A PCare participant row as it will be written; starts as a copy of the person's own data. */
final class PcareEntry {

    final Person person;
    String noKartu;
    Kabupaten.PuskesmasArea ppk;
    boolean aktif;
    /** Status text as the export shows it: AKTIF, Aktif, TIDAK AKTIF, NON AKTIF... */
    String status;
    /** {@code ""}, {@code HT}, {@code DM} or {@code HT+DM}. */
    String prolanis = "";
    String jenis;
    NikOut nik;
    /** {@code null}: written in the source's own style from the person's name. */
    String nama;
    LocalDate tanggalLahir;
    Sex sex;

    PcareEntry(Person person) {
        this.person = person;
        this.tanggalLahir = person.dob;
        this.sex = person.sex;
        this.nik = person.nik == null ? NikOut.blank() : NikOut.clean(person.nik);
    }

    boolean prolanisHt() {
        return prolanis.contains("HT");
    }
}
