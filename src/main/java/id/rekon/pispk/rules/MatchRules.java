package id.rekon.pispk.rules;

import id.rekon.pispk.match.Kandidat;
import id.rekon.pispk.match.PenilaianPasangan;
import id.rekon.pispk.match.ProbableMatch;
import id.rekon.pispk.match.ProbableMatcher;
import id.rekon.pispk.model.Pencocokan;
import id.rekon.pispk.model.RuleCode;
import id.rekon.pispk.model.Sumber;
import id.rekon.pispk.model.Temuan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * MATCH-01: one finding per pair proposed by the {@link ProbableMatcher}, asking the team to confirm
 * that two records without a matching NIK are one person and to correct the NIK.
 *
 * <p>Subject: the pair key ({@link ProbableMatch#pairKey()}, both record keys in sorted order), so
 * the id does not depend on which list a record came from. Owner: the PIS-PK side's puskesmas, else
 * (neither side from PIS-PK) the side of the first source in {@link Sumber} order; when that side's
 * puskesmas is unknown, the other side's. The displayed person is the owner's side;
 * {@code nilaiPispk} describes the PIS-PK record, {@code nilaiProgram} the other one (both records
 * when neither is PIS-PK's), {@code keterangan} the score and the reasons. Stateless, thread-safe.
 */
public final class MatchRules {

    public Temuan temuan(ProbableMatch m, RuleContext context) {
        Kandidat utama = utama(m);
        Kandidat lain = utama == m.left() ? m.right() : m.left();
        String owner = known(utama.kodePuskesmas()) ? utama.kodePuskesmas() : lain.kodePuskesmas();
        Kandidat.Tampilan t = utama.tampilan();
        String nilaiPispk;
        String nilaiProgram;
        if (utama.sumber() == Sumber.PISPK) {
            nilaiPispk = uraian(utama);
            nilaiProgram = uraian(lain);
        } else {
            nilaiPispk = "";
            nilaiProgram = uraian(utama) + " | " + uraian(lain);
        }
        return TemuanBuilder.temuan(RuleCode.MATCH_01, owner, m.pairKey())
                .orang(null, utama.nama(), utama.tanggalLahir(), utama.sex(), context.runDate())
                .nik(t.nik())
                .kodeKeluarga(t.kodeKeluarga())
                .desa(t.desa() != null ? t.desa() : lain.tampilan().desa())
                .rtRw(t.rtRw() != null ? t.rtRw() : lain.tampilan().rtRw())
                .posyandu(t.posyandu() != null ? t.posyandu() : lain.tampilan().posyandu())
                .sumber(lain.sumber())
                .nilai(nilaiPispk, nilaiProgram)
                .keterangan("Skor " + Teks.angka(m.score()) + ": " + m.alasanTeks() + ".")
                .pencocokan(pencocokan(m, lain))
                .build();
    }

    /** The pair's levels for the columns of {@code temuan.csv}; the other record is {@code lain}. */
    static Pencocokan pencocokan(ProbableMatch m, Kandidat lain) {
        PenilaianPasangan p = m.penilaian();
        String nama = null;
        String tanggal = null;
        String kelamin = null;
        String ibu = null;
        if (p != null) {
            String nilai = String.format(Locale.ROOT, "%.2f", p.nama());
            nama = p.namaLewatIbu() ? "lewat nama ibu " + nilai : p.nama() == 1.0 ? "sama" : "mirip " + nilai;
            tanggal = switch (p.tanggalLahir()) {
                case SAMA -> "sama";
                case SELISIH_SATU_HARI -> "selisih 1 hari";
                case TERTUKAR_HARI_BULAN -> "tertukar hari/bulan";
                default -> "berbeda";
            };
            kelamin = switch (p.jenisKelamin()) {
                case SAMA -> "sama";
                case TIDAK_DIKETAHUI -> "tidak diketahui";
                case BEDA -> "berbeda";
            };
            ibu = p.ibu() == null ? "tidak diketahui" : "cocok " + String.format(Locale.ROOT, "%.2f", p.ibu());
        }
        return new Pencocokan(m.score(), nama, tanggal, kelamin, ibu, lain.sumber().label(), lain.tampilan().nik(),
                lain.nama().asli(), lain.tanggalLahir());
    }

    /** {@link #temuan} for each pair. */
    public void evaluate(List<ProbableMatch> matches, RuleContext context, Consumer<Temuan> findings) {
        for (ProbableMatch m : matches) {
            findings.accept(temuan(m, context));
        }
    }

    private static Kandidat utama(ProbableMatch m) {
        if (m.pispk() != null) {
            return m.pispk();
        }
        int cmp = Integer.compare(m.left().sumber().ordinal(), m.right().sumber().ordinal());
        if (cmp != 0) {
            return cmp < 0 ? m.left() : m.right();
        }
        return m.left().recordKey().compareTo(m.right().recordKey()) <= 0 ? m.left() : m.right();
    }

    /** {@code e-PPGBM: BY NY SITI, lahir 2026-03-05, Perempuan, NIK 5301…, ortu SITI / BUDI, Posyandu Melati}. */
    static String uraian(Kandidat k) {
        List<String> parts = new ArrayList<>();
        parts.add(Teks.atau(k.nama().asli(), "tanpa nama"));
        parts.add("lahir " + Teks.tanggal(k.tanggalLahir()));
        parts.add(Teks.jenisKelamin(k.sex()));
        Kandidat.Tampilan t = k.tampilan();
        parts.add(known(t.nik()) ? "NIK " + t.nik() : "tanpa NIK");
        if (known(t.kodeKeluarga())) {
            parts.add("keluarga " + t.kodeKeluarga());
        }
        if (!k.namaIbu().isEmpty()) {
            parts.add("ortu " + String.join(" / ", k.namaIbu()));
        }
        if (known(t.posyandu())) {
            parts.add(Teks.posyandu(t.posyandu()));
        }
        return k.sumber().label() + ": " + String.join(", ", parts);
    }

    private static boolean known(String s) {
        return s != null && !s.isBlank();
    }
}
