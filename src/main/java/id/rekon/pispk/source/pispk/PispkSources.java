package id.rekon.pispk.source.pispk;

import id.rekon.pispk.model.Anggota;
import id.rekon.pispk.model.Keluarga;
import id.rekon.pispk.model.SourceKind;
import id.rekon.pispk.source.CompositeSource;
import id.rekon.pispk.source.SheetHint;
import id.rekon.pispk.source.SingleSource;
import id.rekon.pispk.store.RecordKind;
import id.rekon.pispk.store.RecordStager;

import java.util.List;

/**
 * The PIS-PK exports: the family and member tables, and the Keluarga Sehat app's raw survei (one
 * row per member, repeating its family). PIS-PK records carry their puskesmas: never a routing error.
 */
public final class PispkSources {

    private static final RecordStager STAGER = new RecordStager();

    public static final SingleSource<Keluarga> KELUARGA = new SingleSource<>(SourceKind.PISPK_KELUARGA,
            "data keluarga PIS-PK (pispk-keluarga)", "PIS-PK keluarga/anggota",
            SheetHint.anyOf("keluarga").unless("anggota"),
            List.of(KeluargaColumn.values()), List.of(RecordKind.KELUARGA),
            p -> new KeluargaRowMapper(p.nik(), p.tanggal()), k -> List.of(STAGER.keluarga(k)), null);

    public static final SingleSource<Anggota> ANGGOTA = new SingleSource<>(SourceKind.PISPK_ANGGOTA,
            "data anggota keluarga PIS-PK (pispk-anggota)", "PIS-PK keluarga/anggota",
            SheetHint.anyOf("anggota"),
            List.of(AnggotaColumn.values()), List.of(RecordKind.ANGGOTA),
            p -> new AnggotaRowMapper(p.nik(), p.tanggal()), a -> List.of(STAGER.anggota(a)), null);

    /** A family is stored once per run of its members' rows (the export lists a family's members together). */
    public static final CompositeSource<Keluarga, Anggota> RAW_SURVEI = new CompositeSource<>(
            SourceKind.PISPK_RAW_SURVEI, "Raw Data Survei aplikasi Keluarga Sehat (pispk-raw-survei)",
            "Raw Data Survei", SheetHint.anyOf("rawdata", "survei", "survey"),
            KELUARGA, Keluarga::kodeKeluarga, ANGGOTA);

    private PispkSources() {
    }
}
