package id.rekon.pispk.sample;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What the generator wrote and the findings the job must produce from it: the ground truth of an
 * end-to-end test. Written as {@code manifest.json} next to (never inside) the inbox, snake_case.
 *
 * <h2>Findings contract</h2>
 * Each {@link Finding} has an {@code expect}:
 * <ul>
 *   <li>{@code must}: the job must report it;</li>
 *   <li>{@code may}: a cascade whose outcome the spec leaves open (say, whether a damaged row of a
 *   child already matched by NIK is proposed as a probable pair); the job may or may not report it;</li>
 *   <li>{@code none}: a deliberate near miss at a rule's boundary that the job must NOT report.</li>
 * </ul>
 * For every rule in {@link #completeRules()}, the job's findings of that rule must contain every
 * {@code must} finding and nothing outside the {@code must} and {@code may} ones. Findings are
 * compared on rule, owner puskesmas and subject (see {@link Finding}).
 *
 * @param formatVersion        1
 * @param generator            the class that wrote it
 * @param seed                 the seed used
 * @param runDate              ISO date the data is made for
 * @param keluarga             families generated
 * @param kabupaten            the kabupaten (code, name, province)
 * @param puskesmas            the puskesmas and their layouts
 * @param regionMaster         path of the region master, relative to the manifest
 * @param files                every file written to the inbox, one entry per file (split parts
 *                             are separate entries)
 * @param findings             injected problems and the findings they cause
 * @param completeRules        rule codes for which {@code findings} is complete
 * @param mustPerRule          count of {@code must} findings per rule code
 * @param injections           how many of each injection were made
 * @param conventions          how subjects and other fields are formed, in words
 */
public record Manifest(
        int formatVersion,
        String generator,
        long seed,
        String runDate,
        int keluarga,
        KabupatenInfo kabupaten,
        List<PuskesmasInfo> puskesmas,
        String regionMaster,
        List<FileEntry> files,
        List<Finding> findings,
        List<String> completeRules,
        Map<String, Integer> mustPerRule,
        Map<String, Integer> injections,
        Map<String, String> conventions) {

    public Manifest {
        puskesmas = List.copyOf(puskesmas);
        files = List.copyOf(files);
        findings = List.copyOf(findings);
        completeRules = List.copyOf(completeRules);
    }

    /** @param kode dotted Kemendagri code ({@code 53.02}) */
    public record KabupatenInfo(String kode, String nama, String provinsi) {
    }

    /**
     * @param pispkLayout {@code pispk-raw-survei} or {@code pispk-csv}
     * @param pcareFormat {@code csv} or {@code json+ndjson}
     */
    public record PuskesmasInfo(String kode, String nama, List<String> alias, String kodePpk,
                                String kodeKecamatan, String kecamatan, int desa,
                                String pispkLayout, String pcareFormat) {
    }

    /**
     * One inbox file.
     *
     * @param file          file name inside {@code inbox/}
     * @param kind          spec kind code ({@code pispk-keluarga}, {@code pispk-anggota},
     *                      {@code pispk-raw-survei}, {@code eppgbm}, {@code pcare}, {@code kua}) or
     *                      {@code unknown}
     * @param puskesmas     the puskesmas whose export it is, or {@code null} (KUA, unknown)
     * @param part          1, or the part number when a sheet's row limit split the output
     * @param dataRows      rows after the header that are neither blank nor totals (rejected included)
     * @param rejectedRows  rows the job must reject (required field missing or unreadable)
     * @param totalsRows    totals rows (skipped, not rejected)
     * @param blankRows     blank rows between the header and the end (ignored)
     * @param families      PIS-PK families stored from this file ({@code null} for other kinds)
     * @param members       PIS-PK members stored from this file ({@code null} for other kinds)
     * @param rejectReasons rejected rows by injected reason
     * @param damage        rows carrying each kind of damage or oddity, by name
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FileEntry(String file, String kind, String puskesmas, int part, long dataRows,
                            long rejectedRows, long totalsRows, long blankRows, Long families, Long members,
                            Map<String, Long> rejectReasons, Map<String, Long> damage) {
    }

    /**
     * An expected (or deliberately absent) finding.
     *
     * @param rule          rule code, e.g. {@code JKN-01}
     * @param subject       the person's real 16-digit NIK when they have one (even when the source
     *                      shows it damaged); {@code nonik:<source>:<NIK digits as written>:<NAME as
     *                      written>:<birth date>} for a record of someone without a NIK; the
     *                      shared NIK for NIK-04; No Pendaftaran for KUA-01/02/03; Kode Keluarga for
     *                      SURVEI-01; for MATCH-01 {@code <pispk side>|<eppgbm side>}, each side
     *                      {@code <source>:<NIK digits as written>:<NAME as written>:<birth date>}
     * @param kodePuskesmas owner puskesmas
     * @param source        the record's source for quality findings (pispk, eppgbm, pcare, kua),
     *                      the programme compared for the others
     * @param nik           the NIK digits as the finding's record shows them (temuan.csv {@code nik}), or empty
     * @param nama          the name as written in that record
     * @param tanggalLahir  ISO birth date of that record, or {@code null}
     * @param expect        {@code must}, {@code may} or {@code none}
     * @param note          what was injected, in words
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Finding(String rule, String subject, String kodePuskesmas, String source, String nik,
                          String nama, String tanggalLahir, String expect, String note) {
    }

    /** The findings the job must report. */
    public List<Finding> mustFindings() {
        return findings.stream().filter(f -> "must".equals(f.expect())).toList();
    }

    public void write(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, MAPPER.writeValueAsString(this) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Manifest read(Path file) {
        try {
            return MAPPER.readValue(Files.readString(file), Manifest.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();
}
