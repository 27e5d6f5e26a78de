package id.rekon.pispk.store;

import id.rekon.pispk.match.SubjectKeys;
import id.rekon.pispk.model.Anggota;
import id.rekon.pispk.model.Keluarga;
import id.rekon.pispk.model.Pengukuran;
import id.rekon.pispk.model.PernikahanKua;
import id.rekon.pispk.model.PesertaPcare;

import java.util.List;

/** Turns each domain record into the row(s) the store keeps, with their lookup keys. */
public final class RecordStager {

    public StagedRecord keluarga(Keluarga k) {
        return new StagedRecord(RecordKind.KELUARGA, k.asal().file(), k.asal().baris(), null,
                "KELUARGA|" + k.kodeKeluarga(), k.kodeKeluarga(), k.kodePuskesmas(), null, StagedRecord.encode(k));
    }

    public StagedRecord anggota(Anggota a) {
        return new StagedRecord(RecordKind.ANGGOTA, a.asal().file(), a.asal().baris(), a.nik().key(),
                SubjectKeys.anggota(a), a.kodeKeluarga(), null, a.tanggalLahir(), StagedRecord.encode(a));
    }

    public StagedRecord pengukuran(Pengukuran p) {
        return new StagedRecord(RecordKind.EPPGBM, p.asal().file(), p.asal().baris(), p.nik().key(),
                SubjectKeys.pengukuran(p), null, p.kodePuskesmas(), p.tanggalLahir(), StagedRecord.encode(p));
    }

    public StagedRecord pcare(PesertaPcare p) {
        return new StagedRecord(RecordKind.PCARE, p.asal().file(), p.asal().baris(), p.nik().key(),
                SubjectKeys.pcare(p), null, p.kodePuskesmas(), p.tanggalLahir(), StagedRecord.encode(p));
    }

    /** A couple: once as the couple, once per spouse so each joins its NIK group. */
    public List<StagedRecord> kua(PernikahanKua k) {
        String file = k.asal().file();
        long row = k.asal().baris();
        byte[] payload = StagedRecord.encode(k); // one couple, written three times
        return List.of(
                new StagedRecord(RecordKind.KUA, file, row, null, SubjectKeys.couple(k), null,
                        k.kodePuskesmas(), null, payload),
                new StagedRecord(RecordKind.KUA_PASANGAN, file, row, k.suami().nik().key(),
                        SubjectKeys.pasangan(k, true), "SUAMI", k.kodePuskesmas(), k.suami().tanggalLahir(), payload),
                new StagedRecord(RecordKind.KUA_PASANGAN, file, row, k.istri().nik().key(),
                        SubjectKeys.pasangan(k, false), "ISTRI", k.kodePuskesmas(), k.istri().tanggalLahir(), payload));
    }
}
