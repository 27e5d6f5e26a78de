package id.rekon.pispk.rules;

import id.rekon.pispk.model.AnggotaDiKeluarga;
import id.rekon.pispk.model.PasanganKua;
import id.rekon.pispk.model.PersonCase;
import id.rekon.pispk.model.Pengukuran;
import id.rekon.pispk.model.PesertaPcare;
import id.rekon.pispk.model.Sumber;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link PersonCase} as the rules read it: records in a deterministic order
 * ({@link RecordOrder}), the one record each rule reads, the distinct people under the NIK in each
 * source (NIK-04), and the owner puskesmas. Built per rule call; cheap (a person has few records).
 */
final class PersonView {

    /** The last view built on this thread (immutable; identity of case and settings decide reuse). */
    private static final ThreadLocal<PersonView> LAST = new ThreadLocal<>();

    private final PersonCase person;
    private final RuleSettings settings;
    private final List<AnggotaDiKeluarga> pispk;
    private final List<Pengukuran> eppgbm;
    private final List<PesertaPcare> pcare;
    private final List<PasanganKua> kua;
    private final Map<Sumber, List<List<Rekaman>>> orang = new EnumMap<>(Sumber.class);

    private PersonView(PersonCase person, RuleSettings s) {
        this.person = person;
        this.settings = s;
        this.pispk = sorted(person.pispk(), RecordOrder.ANGGOTA_DIUTAMAKAN);
        this.eppgbm = sorted(person.eppgbm(), RecordOrder.PENGUKURAN_KRONOLOGIS);
        this.pcare = sorted(person.pcare(), RecordOrder.PCARE_DIUTAMAKAN);
        this.kua = sorted(person.kua(), RecordOrder.KUA_DIUTAMAKAN);
        for (Sumber sumber : Sumber.values()) {
            orang.put(sumber, KelompokOrang.kelompokkan(rekaman(sumber), s.nameSimilarityThreshold()));
        }
    }

    /**
     * The view of a case. Every rule family and the concordance look at the same case one after the
     * other; the view (sorted lists, the people within each source) is built once per case and
     * thread: building it for each of them was a third of the rules step's time (JFR, 50,000 families).
     * The rules step evaluates several cases at once, each wholly on one thread of its pool, so the
     * reuse holds there; a view built by another thread is never shared.
     */
    static PersonView of(PersonCase person, RuleSettings s) {
        PersonView last = LAST.get();
        if (last != null && last.person == person && last.settings == s) {
            return last;
        }
        PersonView view = new PersonView(person, s);
        LAST.set(view);
        return view;
    }

    PersonCase person() {
        return person;
    }

    /** The subject key of the person's findings: the NIK key, or the case's record key. */
    String subjek() {
        return person.nikKey() != null ? person.nikKey() : person.subjectKey();
    }

    List<AnggotaDiKeluarga> pispk() {
        return pispk;
    }

    /** Oldest first. */
    List<Pengukuran> eppgbm() {
        return eppgbm;
    }

    /** Active first. */
    List<PesertaPcare> pcare() {
        return pcare;
    }

    List<PasanganKua> kua() {
        return kua;
    }

    /** The PIS-PK row the rules read: the latest visit's. */
    Optional<AnggotaDiKeluarga> anggota() {
        return pispk.isEmpty() ? Optional.empty() : Optional.of(pispk.get(0));
    }

    Optional<Pengukuran> pengukuranTerakhir() {
        return eppgbm.isEmpty() ? Optional.empty() : Optional.of(eppgbm.get(eppgbm.size() - 1));
    }

    Optional<PesertaPcare> pcareUtama() {
        return pcare.isEmpty() ? Optional.empty() : Optional.of(pcare.get(0));
    }

    Optional<PasanganKua> kuaUtama() {
        return kua.isEmpty() ? Optional.empty() : Optional.of(kua.get(0));
    }

    /** The person's records in one source, in the deterministic order. */
    List<Rekaman> rekaman(Sumber sumber) {
        List<Rekaman> out = new ArrayList<>();
        switch (sumber) {
            case PISPK -> pispk.forEach(a -> out.add(Rekaman.of(a)));
            case EPPGBM -> eppgbm.forEach(p -> out.add(Rekaman.of(p)));
            case PCARE -> pcare.forEach(p -> out.add(Rekaman.of(p)));
            case KUA -> kua.forEach(k -> out.add(Rekaman.of(k)));
        }
        return out;
    }

    /** The distinct people among the source's records (one group per person). */
    List<List<Rekaman>> orang(Sumber sumber) {
        return orang.get(sumber);
    }

    /** NIK-04: the NIK key is held by two different people within this source. */
    boolean duplikat(Sumber sumber) {
        return person.nikKey() != null && orang.get(sumber).size() > 1;
    }

    /** Whether any source holds two people under this NIK: the NIK then identifies nobody. */
    boolean ambigu() {
        for (Sumber s : Sumber.values()) {
            if (duplikat(s)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the person has no record of {@code program} under the NIK but a probable match with a
     * record of it: the absence side of a comparison (JKN-01, HT-01, TUMBUH-01, BALITA-02) then stays
     * silent, the MATCH-01 pair being the one action (spec rule 4).
     */
    boolean programDiPasanganKemungkinan(Sumber program) {
        boolean none = switch (program) {
            case PCARE -> pcare.isEmpty();
            case EPPGBM -> eppgbm.isEmpty();
            case PISPK -> pispk.isEmpty();
            case KUA -> kua.isEmpty();
        };
        return none && person.probableMatchWith(program);
    }

    /**
     * Whether cross-source comparisons may read this case: a NIK key, in PIS-PK, and no NIK-04 in
     * any source (spec, matching 3 and 4). Each rule then checks the program side it needs.
     */
    boolean dibandingkanLewatNik() {
        return person.nikKey() != null && !pispk.isEmpty() && !ambigu();
    }

    /**
     * The owner puskesmas of a finding comparing against {@code program} (or about that source's
     * record): the PIS-PK family's when the person is in PIS-PK and the family is known; otherwise
     * where the program's record routes; {@code null} when neither is known.
     */
    String pemilik(Sumber program) {
        for (AnggotaDiKeluarga a : pispk) {
            if (a.kodePuskesmas() != null && !a.kodePuskesmas().isBlank()) {
                return a.kodePuskesmas();
            }
        }
        return dirutekan(program);
    }

    /** Where the program's record routes: e-PPGBM's most recent routed measurement, PCare's row, KUA's couple. */
    String dirutekan(Sumber program) {
        if (program == null) {
            return null;
        }
        switch (program) {
            case EPPGBM -> {
                for (int i = eppgbm.size() - 1; i >= 0; i--) {
                    if (known(eppgbm.get(i).kodePuskesmas())) {
                        return eppgbm.get(i).kodePuskesmas();
                    }
                }
            }
            case PCARE -> {
                for (PesertaPcare p : pcare) {
                    if (known(p.kodePuskesmas())) {
                        return p.kodePuskesmas();
                    }
                }
            }
            case KUA -> {
                for (PasanganKua k : kua) {
                    if (known(k.pernikahan().kodePuskesmas())) {
                        return k.pernikahan().kodePuskesmas();
                    }
                }
            }
            case PISPK -> {
                return null;
            }
        }
        return null;
    }

    /** The posyandu of the most recent measurement that names one, for display. */
    String posyandu() {
        for (int i = eppgbm.size() - 1; i >= 0; i--) {
            if (known(eppgbm.get(i).posyandu())) {
                return eppgbm.get(i).posyandu().trim();
            }
        }
        return null;
    }

    private static boolean known(String s) {
        return s != null && !s.isBlank();
    }

    private static <T> List<T> sorted(List<T> list, java.util.Comparator<? super T> order) {
        List<T> copy = new ArrayList<>(list);
        copy.sort(order);
        return List.copyOf(copy);
    }
}
