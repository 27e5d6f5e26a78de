package id.rekon.pispk.sample;

import java.time.LocalDate;

/** One SIMKAH registration as it will be written. */
final class KuaCouple {

    String noPendaftaran;
    Kabupaten.PuskesmasArea kua;
    Kabupaten.DesaArea desa;
    String alamat;
    LocalDate daftar;
    LocalDate akad;
    boolean nikah;
    Person suami;
    Person istri;
    NikOut nikSuami;
    NikOut nikIstri;

    KuaCouple(Person suami, Person istri) {
        this.suami = suami;
        this.istri = istri;
        this.nikSuami = NikOut.clean(suami.nik);
        this.nikIstri = NikOut.clean(istri.nik);
    }
}
