package id.rekon.pispk.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One surveyed family and the records around it, generated and written before the next one. */
final class Family {

    final int index;
    final String kode;
    final Kabupaten.PuskesmasArea puskesmas;
    final Kabupaten.DesaArea desa;
    final Kabupaten.Posyandu posyandu;
    LocalDate visit;
    boolean muslim;
    String noKk;
    NikOut noKkOut;
    String alamat;
    int rt;
    int rw;
    boolean airBersih;
    boolean jamban;

    final List<Person> members = new ArrayList<>();
    /** Children e-PPGBM knows but the survey does not list. */
    final List<Person> eppgbmOnly = new ArrayList<>();
    /** People registered in PCare at this family's puskesmas area who are not in the survey. */
    final List<PcareEntry> pcareOnly = new ArrayList<>();
    final List<KuaCouple> couples = new ArrayList<>();
    Person father;
    Person mother;
    int injections;
    /** An injection already added a child here (one per family: no accidental twins). */
    boolean childAdded;

    Family(int index, String kode, Kabupaten.PuskesmasArea puskesmas, Kabupaten.DesaArea desa,
           Kabupaten.Posyandu posyandu) {
        this.index = index;
        this.kode = kode;
        this.puskesmas = puskesmas;
        this.desa = desa;
        this.posyandu = posyandu;
    }

    Person head() {
        return members.get(0);
    }

    void renumber() {
        int no = 1;
        for (Person p : members) {
            if (p.inPispk) {
                p.noUrut = Integer.toString(no++);
            }
        }
    }
}
