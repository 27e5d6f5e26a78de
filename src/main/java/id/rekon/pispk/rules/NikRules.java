package id.rekon.pispk.rules;

import id.rekon.pispk.model.PersonCase;
import id.rekon.pispk.model.NikStatus;
import id.rekon.pispk.model.RuleCode;
import id.rekon.pispk.model.Sumber;
import id.rekon.pispk.model.Temuan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * NIK-01..05: the quality of the NIKs of one person, once per source and person (a child measured
 * twelve times under one dummy NIK is one NIK-03), whatever the number of rows.
 *
 * <ul>
 *   <li>NIK-01 invalid, NIK-02 damaged by Excel, NIK-03 dummy, NIK-05 inconsistent with the
 *   record's date of birth or sex: as the normaliser classified the NIK ({@link NikStatus}).</li>
 *   <li>NIK-04: within one source, the NIK key is held by two different people (different dates
 *   of birth, or dissimilar names; see {@link id.rekon.pispk.match.OrangSama}). Only NIK keys can
 *   be duplicates: a dummy shared by many children is NIK-03 for each, never NIK-04.</li>
 * </ul>
 * Subject {@code <SOURCE>:<NIK key or record key>}, so the same NIK in two sources gives two
 * findings. Owner: the PIS-PK family's puskesmas when the person is in PIS-PK, else where the
 * source's record routes. {@code sumber} is the source whose NIK must be fixed. Stateless,
 * thread-safe.
 */
public final class NikRules implements PersonRule {

    private static final NikStatus[] STATUS = {NikStatus.INVALID, NikStatus.DAMAGED, NikStatus.DUMMY,
            NikStatus.INCONSISTENT};
    private static final RuleCode[] RULE = {RuleCode.NIK_01, RuleCode.NIK_02, RuleCode.NIK_03, RuleCode.NIK_05};
    private static final String[] ALASAN = {"NIK tidak valid", "NIK rusak oleh Excel", "NIK dummy",
            "NIK tidak sesuai tanggal lahir/jenis kelamin"};

    @Override
    public void evaluate(PersonCase person, RuleContext context, Consumer<Temuan> findings) {
        PersonView v = PersonView.of(person, context.settings());
        for (Sumber sumber : Sumber.values()) {
            List<Rekaman> records = v.rekaman(sumber);
            if (records.isEmpty()) {
                continue;
            }
            String subjek = sumber.name() + ":" + v.subjek();
            String owner = v.pemilik(sumber);
            for (int i = 0; i < STATUS.length; i++) {
                NikStatus status = STATUS[i];
                Rekaman r = records.stream().filter(x -> x.nikStatus() == status).findFirst().orElse(null);
                if (r == null) {
                    continue;
                }
                long rows = records.stream().filter(x -> x.nikStatus() == status).count();
                String reason = r.nik().reason().isBlank() ? ALASAN[i] : r.nik().reason();
                findings.accept(TemuanBuilder.temuan(RULE[i], owner, subjek)
                        .rekaman(r, context.runDate()).sumber(sumber)
                        .nilai(sumber == Sumber.PISPK ? "NIK: " + r.nik().raw() : "",
                                sumber == Sumber.PISPK ? "" : sumber.label() + ": NIK " + r.nik().raw())
                        .keterangan(reason + (rows > 1 ? " (" + rows + " baris)" : "") + ".")
                        .build());
            }
            if (v.duplikat(sumber)) {
                List<List<Rekaman>> orang = v.orang(sumber);
                List<String> siapa = new ArrayList<>();
                for (List<Rekaman> g : orang) {
                    Rekaman r = g.get(0);
                    siapa.add(r.nama().asli() + " (lahir " + Teks.tanggal(r.tanggalLahir()) + ", " + r.label() + ")");
                }
                String nilai = "NIK dipakai " + orang.size() + " orang";
                Rekaman pertama = orang.get(0).get(0);
                findings.accept(TemuanBuilder.temuan(RuleCode.NIK_04, owner, subjek)
                        .rekaman(pertama, context.runDate()).sumber(sumber)
                        .nilai(sumber == Sumber.PISPK ? nilai : "", sumber == Sumber.PISPK ? "" : sumber.label()
                                + ": " + nilai)
                        .keterangan(String.join("; ", siapa) + ".")
                        .build());
            }
        }
    }
}
