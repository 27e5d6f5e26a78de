package id.rekon.pispk.rules;

import id.rekon.pispk.model.AnggotaDiKeluarga;
import id.rekon.pispk.model.CoupleCase;
import id.rekon.pispk.model.PasanganKua;
import id.rekon.pispk.model.Keluarga;
import id.rekon.pispk.model.Pasangan;
import id.rekon.pispk.model.PernikahanKua;
import id.rekon.pispk.model.RuleCode;
import id.rekon.pispk.model.StatusKawin;
import id.rekon.pispk.model.StatusNikah;
import id.rekon.pispk.model.Temuan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * KUA-01..03, one finding per couple, subject {@code KUA:<No Pendaftaran>}.
 *
 * <ul>
 *   <li>KUA-01 (PIS-PK −, program +): a {@code Nikah} couple with a spouse matched by NIK in PIS-PK
 *   whose status there (the latest visit's row) is Belum Kawin. Owned by that member's family's
 *   puskesmas (the wife first when both are).</li>
 *   <li>KUA-02 (PIS-PK −, program +): a {@code Nikah} couple with neither spouse in PIS-PK, and no
 *   probable match proposed for either ({@link CoupleCase#probableMatch()}). Owned by the couple's
 *   routed puskesmas.</li>
 *   <li>KUA-03 (target): a {@code Terdaftar} couple whose akad is after the run date and at most
 *   {@code kuaAkadDays} (90) days after it. Owned by the bride's PIS-PK family's puskesmas, else the
 *   groom's, else the couple's.</li>
 * </ul>
 * A spouse whose NIK is held by two different people in PIS-PK (NIK-04) is treated as not
 * matched for KUA-01. The wife is the person displayed (the couple routes by her desa); the husband
 * is named in {@code keterangan}. Stateless, thread-safe.
 */
public final class KuaRules implements CoupleRule {

    @Override
    public void evaluate(CoupleCase couple, RuleContext context, Consumer<Temuan> findings) {
        PernikahanKua k = couple.pernikahan();
        String subjek = "KUA:" + Teks.atau(k.noPendaftaran(), "?");
        double batas = context.settings().nameSimilarityThreshold();
        Optional<AnggotaDiKeluarga> istri = satuOrang(couple.istriDiPispk(), batas);
        Optional<AnggotaDiKeluarga> suami = satuOrang(couple.suamiDiPispk(), batas);
        LocalDate hari = context.runDate();

        if (k.status() == StatusNikah.NIKAH) {
            List<AnggotaDiKeluarga> belum = new ArrayList<>();
            List<String> peran = new ArrayList<>();
            if (istri.isPresent() && istri.get().anggota().statusKawin() == StatusKawin.BELUM_KAWIN) {
                belum.add(istri.get());
                peran.add("istri");
            }
            if (suami.isPresent() && suami.get().anggota().statusKawin() == StatusKawin.BELUM_KAWIN) {
                belum.add(suami.get());
                peran.add("suami");
            }
            if (!belum.isEmpty()) {
                AnggotaDiKeluarga a = belum.get(0);
                String owner = a.kodePuskesmas() != null ? a.kodePuskesmas() : k.kodePuskesmas();
                StringBuilder ket = new StringBuilder("No Pendaftaran " + Teks.atau(k.noPendaftaran(), "?") + ".");
                if (belum.size() > 1) {
                    ket.append(" Suami (").append(belum.get(1).anggota().nama().asli())
                            .append(") juga berstatus Belum Kawin.");
                }
                Keluarga kel = a.keluarga();
                if (kel != null && kel.tanggalKunjungan() != null && k.tanggalAkad() != null
                        && k.tanggalAkad().isAfter(kel.tanggalKunjungan())) {
                    ket.append(" Akad sesudah kunjungan PIS-PK (").append(Teks.tanggal(kel.tanggalKunjungan()))
                            .append("): data keluarga perlu diperbarui.");
                }
                findings.accept(TemuanBuilder.temuan(RuleCode.KUA_01, owner, subjek)
                        .anggota(a, hari)
                        .nilai("Status kawin: Belum Kawin (" + String.join(", ", peran) + ")", nikah(k))
                        .keterangan(ket.toString())
                        .build());
            }
            if (couple.istriDiPispk().isEmpty() && couple.suamiDiPispk().isEmpty() && !couple.probableMatch()
                    && context.cakupan().dinilai(RuleCode.KUA_02, k.kodePuskesmas())) {
                findings.accept(TemuanBuilder.temuan(RuleCode.KUA_02, k.kodePuskesmas(), subjek)
                        .pasangan(new PasanganKua(k, false), hari)
                        .nilai("PIS-PK: suami dan istri tidak ditemukan", nikah(k))
                        .keterangan("Suami: " + orang(k.suami()) + ". No Pendaftaran "
                                + Teks.atau(k.noPendaftaran(), "?") + ".")
                        .build());
            }
        } else if (k.status() == StatusNikah.TERDAFTAR && k.tanggalAkad() != null
                && k.tanggalAkad().isAfter(hari)
                && !k.tanggalAkad().isAfter(hari.plusDays(context.settings().kuaAkadDays()))) {
            String owner = pemilik(couple.istriDiPispk()) != null ? pemilik(couple.istriDiPispk())
                    : pemilik(couple.suamiDiPispk()) != null ? pemilik(couple.suamiDiPispk())
                    : k.kodePuskesmas();
            TemuanBuilder t = TemuanBuilder.temuan(RuleCode.KUA_03, owner, subjek)
                    .pasangan(new PasanganKua(k, false), hari)
                    .nilai(istri.map(a -> "PIS-PK: keluarga " + Teks.atau(a.anggota().kodeKeluarga(), "?"))
                                    .orElse(""),
                            "KUA: Terdaftar, akad " + Teks.tanggal(k.tanggalAkad()) + tempatKua(k) + ", "
                                    + ChronoUnit.DAYS.between(hari, k.tanggalAkad()) + " hari lagi")
                    .keterangan("Calon suami: " + orang(k.suami()) + ". No Pendaftaran "
                            + Teks.atau(k.noPendaftaran(), "?") + ".");
            istri.ifPresent(a -> t.kodeKeluarga(a.anggota().kodeKeluarga()));
            findings.accept(t.build());
        }
    }

    /**
     * The one PIS-PK person under a spouse's NIK, read from the latest visit's row; empty when there
     * is none or the NIK is held by two different people.
     */
    private static Optional<AnggotaDiKeluarga> satuOrang(List<AnggotaDiKeluarga> rows, double batas) {
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<AnggotaDiKeluarga> sorted = new ArrayList<>(rows);
        sorted.sort(RecordOrder.ANGGOTA_DIUTAMAKAN);
        List<Rekaman> records = sorted.stream().map(Rekaman::of).toList();
        if (KelompokOrang.kelompokkan(records, batas).size() > 1) {
            return Optional.empty();
        }
        return Optional.of(sorted.get(0));
    }

    private static String pemilik(List<AnggotaDiKeluarga> rows) {
        List<AnggotaDiKeluarga> sorted = new ArrayList<>(rows);
        sorted.sort(RecordOrder.ANGGOTA_DIUTAMAKAN);
        for (AnggotaDiKeluarga a : sorted) {
            if (a.kodePuskesmas() != null && !a.kodePuskesmas().isBlank()) {
                return a.kodePuskesmas();
            }
        }
        return null;
    }

    private static String nikah(PernikahanKua k) {
        return "KUA: Nikah, akad " + Teks.tanggal(k.tanggalAkad()) + tempatKua(k);
    }

    /** Where and under which number, so the team can find the registration at the KUA. */
    private static String tempatKua(PernikahanKua k) {
        String no = k.noPendaftaran() == null || k.noPendaftaran().isBlank() ? "" : "No. " + k.noPendaftaran().trim();
        if (k.kua() == null || k.kua().isBlank()) {
            return no.isEmpty() ? "" : " (" + no + ")";
        }
        String kua = k.kua().trim();
        return " (" + (kua.toUpperCase(Locale.ROOT).startsWith("KUA") ? kua : "KUA " + kua) + (no.isEmpty() ? "" : ", " + no)
                + ")";
    }

    private static String orang(Pasangan p) {
        if (p == null) {
            return "tidak diketahui";
        }
        String nama = p.nama() == null ? "" : p.nama().asli();
        String nik = p.nik() == null || p.nik().digits().isEmpty() ? "" : ", NIK " + p.nik().digits();
        return Teks.atau(nama, "tanpa nama") + " (lahir " + Teks.tanggal(p.tanggalLahir()) + nik + ")";
    }
}
