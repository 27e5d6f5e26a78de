package id.rekon.pispk.rules;

import id.rekon.pispk.model.AnggotaDiKeluarga;
import id.rekon.pispk.match.KemiripanNama;
import id.rekon.pispk.match.NamaBayi;
import id.rekon.pispk.model.PersonCase;
import id.rekon.pispk.model.Anggota;
import id.rekon.pispk.model.Pengukuran;
import id.rekon.pispk.model.RuleCode;
import id.rekon.pispk.model.Sumber;
import id.rekon.pispk.model.Temuan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * DEMO-01..04: identity disagreements between the PIS-PK member and the program records under the
 * same NIK.
 *
 * <p>PIS-PK's row (the latest visit's) is compared with each program's current record: e-PPGBM's
 * most recent measurement, PCare's preferred row (active first), KUA's latest registration (the
 * husband counts as L, the wife as P).
 * <ul>
 *   <li>DEMO-01: dates of birth differ (both known).</li>
 *   <li>DEMO-02: sexes differ (both known).</li>
 *   <li>DEMO-03: names dissimilar: {@link KemiripanNama} (Jaro-Winkler, token-order tolerant) on
 *   the normalised names below {@code nameSimilarityThreshold}. A newborn placeholder
 *   ({@code BY NY SITI}) is not a name and is not compared.</li>
 *   <li>DEMO-04: e-PPGBM only: the most recent measurement routes to another puskesmas than the
 *   PIS-PK family's (both known). PCare is not compared: JKN is registered where one chooses.</li>
 * </ul>
 * One finding per person and rule, whatever the number of programs that disagree: {@code sumber} is
 * the first disagreeing program (e-PPGBM, PCare, KUA), {@code nilaiProgram} lists each. Silent
 * without a NIK key and when the NIK is held by two people in one source (NIK-04). Stateless,
 * thread-safe.
 */
public final class IdentitasRules implements PersonRule {

    private static final Sumber[] PROGRAM = {Sumber.EPPGBM, Sumber.PCARE, Sumber.KUA};

    @Override
    public void evaluate(PersonCase person, RuleContext context, Consumer<Temuan> findings) {
        PersonView v = PersonView.of(person, context.settings());
        if (!v.dibandingkanLewatNik()) {
            return;
        }
        AnggotaDiKeluarga a = v.anggota().orElseThrow();
        Anggota m = a.anggota();
        double batas = context.settings().nameSimilarityThreshold();

        List<Selisih> tanggal = new ArrayList<>();
        List<Selisih> kelamin = new ArrayList<>();
        List<Selisih> nama = new ArrayList<>();
        for (Sumber program : PROGRAM) {
            Optional<Rekaman> rec = wakil(v, program);
            if (rec.isEmpty()) {
                continue;
            }
            Rekaman r = rec.get();
            if (m.tanggalLahir() != null && r.tanggalLahir() != null && !m.tanggalLahir().equals(r.tanggalLahir())) {
                tanggal.add(new Selisih(program, Teks.tanggal(r.tanggalLahir())));
            }
            if (m.jenisKelamin() != null && r.jenisKelamin() != null && m.jenisKelamin() != r.jenisKelamin()) {
                kelamin.add(new Selisih(program, Teks.jenisKelamin(r.jenisKelamin())));
            }
            if (m.nama() != null && r.nama() != null && !m.nama().normal().isBlank() && !r.nama().normal().isBlank()
                    && !NamaBayi.isPlaceholder(m.nama()) && !NamaBayi.isPlaceholder(r.nama())) {
                double mirip = KemiripanNama.nilai(m.nama().normal(), r.nama().normal());
                if (mirip < batas) {
                    nama.add(new Selisih(program, r.nama().asli() + " (kemiripan " + Teks.angka(mirip) + ")"));
                }
            }
        }
        emit(RuleCode.DEMO_01, tanggal, "Tgl lahir: " + Teks.tanggal(m.tanggalLahir()), v, a, context, findings);
        emit(RuleCode.DEMO_02, kelamin, "Jenis kelamin: " + Teks.jenisKelamin(m.jenisKelamin()), v, a, context,
                findings);
        emit(RuleCode.DEMO_03, nama, "Nama: " + (m.nama() == null ? "" : m.nama().asli()), v, a, context, findings);

        Optional<Pengukuran> terakhir = v.pengukuranTerakhir();
        String kodeKeluarga = a.kodePuskesmas();
        if (terakhir.isPresent() && known(kodeKeluarga) && known(terakhir.get().kodePuskesmas())
                && !kodeKeluarga.trim().equalsIgnoreCase(terakhir.get().kodePuskesmas().trim())) {
            Pengukuran p = terakhir.get();
            String namaPkm = a.keluarga().namaPuskesmas();
            findings.accept(TemuanBuilder.temuan(RuleCode.DEMO_04, v.pemilik(Sumber.EPPGBM), v.subjek())
                    .anggota(a, context.runDate()).posyandu(v.posyandu())
                    .nilai("Puskesmas keluarga: " + kodeKeluarga + (known(namaPkm) ? " " + namaPkm.trim() : ""),
                            "e-PPGBM: " + p.kodePuskesmas() + (known(p.namaPuskesmas()) ? " " + p.namaPuskesmas().trim()
                                    : ""))
                    .keterangan("Pengukuran terakhir " + PertumbuhanRules.tempatUkur(p)
                            + (known(p.desa()) ? ", desa " + p.desa().trim() : "") + ".")
                    .build());
        }
    }

    private static void emit(RuleCode rule, List<Selisih> selisih, String nilaiPispk, PersonView v,
                             AnggotaDiKeluarga a, RuleContext context, Consumer<Temuan> findings) {
        if (selisih.isEmpty()) {
            return;
        }
        List<String> program = new ArrayList<>();
        for (Selisih s : selisih) {
            program.add(s.sumber().label() + ": " + s.nilai());
        }
        Sumber pertama = selisih.get(0).sumber();
        findings.accept(TemuanBuilder.temuan(rule, v.pemilik(pertama), v.subjek())
                .anggota(a, context.runDate()).posyandu(v.posyandu())
                .sumber(pertama)
                .nilai(nilaiPispk, String.join("; ", program))
                .build());
    }

    /** The program's current record: e-PPGBM's most recent measurement, PCare's preferred row, KUA's latest. */
    private static Optional<Rekaman> wakil(PersonView v, Sumber program) {
        return switch (program) {
            case EPPGBM -> v.pengukuranTerakhir().map(Rekaman::of);
            case PCARE -> v.pcareUtama().map(Rekaman::of);
            case KUA -> v.kuaUtama().map(Rekaman::of);
            case PISPK -> Optional.empty();
        };
    }

    private static boolean known(String s) {
        return s != null && !s.isBlank();
    }

    private record Selisih(Sumber sumber, String nilai) {
    }
}
