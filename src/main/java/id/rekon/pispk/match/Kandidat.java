package id.rekon.pispk.match;

import id.rekon.pispk.model.PasanganKua;

import id.rekon.pispk.model.AnggotaDiKeluarga;

import id.rekon.pispk.model.PersonCase;

import id.rekon.pispk.model.Anggota;
import id.rekon.pispk.model.Keluarga;
import id.rekon.pispk.model.Nama;
import id.rekon.pispk.model.Pasangan;
import id.rekon.pispk.model.Pengukuran;
import id.rekon.pispk.model.PesertaPcare;
import id.rekon.pispk.model.Sex;
import id.rekon.pispk.model.Sumber;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One record offered to the {@link ProbableMatcher}: a person of one source, seen through the
 * fields matching compares, plus what the MATCH-01 finding displays.
 *
 * @param recordKey     stable, unique within its side of a {@code match} call: the
 *                      {@link PersonCase#subjectKey()} of the record's case is the natural choice;
 *                      it orders ties and makes the MATCH-01 id, so it must not depend on file or
 *                      row order
 * @param sumber        the source of the record
 * @param nama          the name: {@code asli} as given, {@code normal} normalised. For a newborn's
 *                      placeholder ({@code BY NY SITI}, see {@link NamaBayi}) {@code normal} is
 *                      the mother's name, which is what the normaliser leaves once titles are gone
 * @param tanggalLahir  date of birth; a record without one is never proposed (dates are both the
 *                      sub-block and the strongest evidence)
 * @param sex           {@code null} when unknown
 * @param namaIbu       normalised names of the person's parents, mother first when known (empty
 *                      when unknown): for e-PPGBM {@link Pengukuran#namaOrtuNormal()}; for a
 *                      PIS-PK child the parents found in the family ({@link NamaOrangTua})
 * @param hasUsableNik  whether the record has a NIK key; a pair is proposed only when at least
 *                      one side has none (two usable, different NIKs are two people)
 * @param blockKey      records are compared only within one block: the puskesmas code;
 *                      {@code null} is a block of its own
 * @param kodePuskesmas the record's owner puskesmas (the PIS-PK family's, the program's routed
 *                      code), or {@code null}; MATCH-01 is owned by the PIS-PK side's
 * @param tampilan      display fields for the finding, never compared
 * @param payload       anything the caller wants back (its own record or id), never read here
 */
public record Kandidat(
        String recordKey,
        Sumber sumber,
        Nama nama,
        LocalDate tanggalLahir,
        Sex sex,
        List<String> namaIbu,
        boolean hasUsableNik,
        String blockKey,
        String kodePuskesmas,
        Tampilan tampilan,
        Object payload) {

    /**
     * Display fields: the NIK as given (digits), family code, desa, RT/RW, posyandu; each may be
     * {@code null}.
     */
    public record Tampilan(String nik, String kodeKeluarga, String desa, String rtRw, String posyandu) {

        public static Tampilan kosong() {
            return new Tampilan(null, null, null, null, null);
        }
    }

    public Kandidat {
        if (recordKey == null || recordKey.isBlank()) {
            throw new IllegalArgumentException("Kandidat tanpa recordKey");
        }
        Objects.requireNonNull(sumber, "sumber");
        nama = nama == null ? new Nama("", "") : nama;
        List<String> ibu = new ArrayList<>();
        if (namaIbu != null) {
            for (String n : namaIbu) {
                String k = KemiripanNama.kanonik(n);
                if (!k.isEmpty() && !ibu.contains(k)) {
                    ibu.add(k);
                }
            }
        }
        namaIbu = List.copyOf(ibu);
        tampilan = tampilan == null ? Tampilan.kosong() : tampilan;
    }

    /**
     * A PIS-PK member; block and owner are the family's puskesmas.
     *
     * @param namaOrtu the member's parents' normalised names, e.g. from {@link NamaOrangTua#dariKeluarga}
     */
    public static Kandidat dariAnggota(String recordKey, AnggotaDiKeluarga a, List<String> namaOrtu) {
        Anggota m = a.anggota();
        Keluarga k = a.keluarga();
        String puskesmas = a.kodePuskesmas();
        Tampilan t = new Tampilan(m.nik() == null ? null : m.nik().digits(), m.kodeKeluarga(),
                k == null ? null : k.desa(), k == null ? null : k.rtRw(), null);
        return new Kandidat(recordKey, Sumber.PISPK, m.nama(), m.tanggalLahir(), m.jenisKelamin(), namaOrtu,
                m.nik() != null && m.nik().isKey(), puskesmas, puskesmas, t, a);
    }

    /** An e-PPGBM child, seen through one measurement (the most recent); block and owner are its routed puskesmas. */
    public static Kandidat dariPengukuran(String recordKey, Pengukuran p) {
        Tampilan t = new Tampilan(p.nik() == null ? null : p.nik().digits(), null, p.desa(),
                rtRw(p.rt(), p.rw()), p.posyandu());
        return new Kandidat(recordKey, Sumber.EPPGBM, p.nama(), p.tanggalLahir(), p.jenisKelamin(), p.namaOrtuNormal(),
                p.nik() != null && p.nik().isKey(), p.kodePuskesmas(), p.kodePuskesmas(), t, p);
    }

    /** A PCare participant; block and owner are its routed puskesmas. */
    public static Kandidat dariPcare(String recordKey, PesertaPcare p) {
        Tampilan t = new Tampilan(p.nik() == null ? null : p.nik().digits(), null, null, null, null);
        return new Kandidat(recordKey, Sumber.PCARE, p.nama(), p.tanggalLahir(), p.jenisKelamin(), List.of(),
                p.nik() != null && p.nik().isKey(), p.kodePuskesmas(), p.kodePuskesmas(), t, p);
    }

    /** A KUA spouse; the husband is L, the wife P; block and owner are the couple's routed puskesmas. */
    public static Kandidat dariPasangan(String recordKey, PasanganKua k) {
        Pasangan p = k.pasangan();
        Tampilan t = new Tampilan(p.nik() == null ? null : p.nik().digits(), null, k.pernikahan().desaIstri(),
                null, null);
        return new Kandidat(recordKey, Sumber.KUA, p.nama(), p.tanggalLahir(), k.suami() ? Sex.L : Sex.P, List.of(),
                p.nik() != null && p.nik().isKey(), k.pernikahan().kodePuskesmas(), k.pernikahan().kodePuskesmas(),
                t, k);
    }

    /** {@code RT/RW} from e-PPGBM's two cells; {@code null} when both are blank. */
    public static String rtRw(String rt, String rw) {
        boolean hasRt = rt != null && !rt.isBlank();
        boolean hasRw = rw != null && !rw.isBlank();
        if (!hasRt && !hasRw) {
            return null;
        }
        return (hasRt ? rt.trim() : "-") + "/" + (hasRw ? rw.trim() : "-");
    }
}
