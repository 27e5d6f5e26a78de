package id.rekon.pispk.rules;

import id.rekon.pispk.model.AnggotaDiKeluarga;
import id.rekon.pispk.model.PasanganKua;
import id.rekon.pispk.model.Asal;
import id.rekon.pispk.model.Keluarga;
import id.rekon.pispk.model.Nama;
import id.rekon.pispk.model.Pengukuran;
import id.rekon.pispk.model.PesertaPcare;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.function.Function;

/**
 * Total, content-based orders of the records of one person, so that whenever a rule picks "one"
 * record among several (the PIS-PK row to read, the latest measurement, the PCare row to show) the
 * choice, and so the finding and its id, never depends on file or row order. Dates come first,
 * then the record's own content; the file name and row number only break ties between rows that
 * are otherwise identical. Nulls sort first in ascending orders.
 */
public final class RecordOrder {

    /** PIS-PK rows of one person, preferred first: the latest visit, then family code and member number. */
    public static final Comparator<AnggotaDiKeluarga> ANGGOTA_DIUTAMAKAN =
            by((AnggotaDiKeluarga a) -> kunjungan(a.keluarga())).reversed()
                    .thenComparing(by(AnggotaDiKeluarga::kodePuskesmas))
                    .thenComparing(by(a -> a.anggota().kodeKeluarga()))
                    .thenComparing(by(a -> a.anggota().noUrut()))
                    .thenComparing(by(a -> asli(a.anggota().nama())))
                    .thenComparing(by(a -> a.anggota().tanggalLahir()))
                    .thenComparing(by(a -> a.anggota().nik() == null ? null : a.anggota().nik().raw()))
                    .thenComparing(by(a -> file(a.anggota().asal())))
                    .thenComparing(by(a -> baris(a.anggota().asal())));

    /** e-PPGBM measurements, oldest first: the last is "the most recent measurement". */
    public static final Comparator<Pengukuran> PENGUKURAN_KRONOLOGIS =
            by(Pengukuran::tanggalUkur)
                    .thenComparing(by(Pengukuran::kodePuskesmas))
                    .thenComparing(by(Pengukuran::posyandu))
                    .thenComparing(by(p -> asli(p.nama())))
                    .thenComparing(by(Pengukuran::tanggalLahir))
                    .thenComparing(by(p -> p.nik() == null ? null : p.nik().raw()))
                    .thenComparing(by(Pengukuran::beratKg))
                    .thenComparing(by(Pengukuran::tinggiCm))
                    .thenComparing(by(Pengukuran::asiEksklusif))
                    .thenComparing(by(p -> file(p.asal())))
                    .thenComparing(by(p -> baris(p.asal())));

    /** PCare rows of one person, preferred first: active first, then card number and facility. */
    public static final Comparator<PesertaPcare> PCARE_DIUTAMAKAN =
            Comparator.comparing((PesertaPcare p) -> !p.aktif())
                    .thenComparing(by(PesertaPcare::noKartu))
                    .thenComparing(by(PesertaPcare::kodePpk))
                    .thenComparing(by(PesertaPcare::statusAsli))
                    .thenComparing(by(PesertaPcare::jenisPeserta))
                    .thenComparing(by(p -> asli(p.nama())))
                    .thenComparing(by(PesertaPcare::tanggalLahir))
                    .thenComparing(by(p -> file(p.asal())))
                    .thenComparing(by(p -> baris(p.asal())));

    /** KUA registrations of one person, preferred first: the latest akad, then registration number. */
    public static final Comparator<PasanganKua> KUA_DIUTAMAKAN =
            by((PasanganKua k) -> k.pernikahan().tanggalAkad()).reversed()
                    .thenComparing(by(k -> k.pernikahan().noPendaftaran()))
                    .thenComparing(by(k -> k.suami() ? 0 : 1))
                    .thenComparing(by(k -> file(k.pernikahan().asal())))
                    .thenComparing(by(k -> baris(k.pernikahan().asal())));

    private RecordOrder() {
    }

    private static <T, U extends Comparable<? super U>> Comparator<T> by(Function<T, U> key) {
        return Comparator.comparing(key, Comparator.nullsFirst(Comparator.naturalOrder()));
    }

    private static LocalDate kunjungan(Keluarga k) {
        return k == null ? null : k.tanggalKunjungan();
    }

    private static String asli(Nama n) {
        return n == null ? null : n.asli();
    }

    private static String file(Asal a) {
        return a == null ? null : a.file();
    }

    private static Long baris(Asal a) {
        return a == null ? null : a.baris();
    }
}
