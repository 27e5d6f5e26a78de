package id.rekon.pispk.job.launch;


import id.rekon.pispk.model.Cakupan;
import id.rekon.pispk.model.RuleCode;
import id.rekon.pispk.model.Sumber;
import id.rekon.pispk.rules.RuleSettings;
import id.rekon.pispk.store.InputFile;
import id.rekon.pispk.store.RunKey;
import id.rekon.pispk.store.StagingStore;
import id.rekon.pispk.store.TidakTerarah;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * One test per exit code a completed (or failed) run can end with, from what the run left in the
 * store; the others are shown where they arise: 3 in {@code ConcurrencyFunctionalTests}, 4 in
 * {@code LauncherFunctionalTests}, 64 in {@code QuickCommandTest}, 143 in
 * {@code RestartFunctionalTests}. A monitor tells every outcome apart by its code.
 */
class ExitCodeTest {

    private static final RunKey RUN = new RunKey("uji", LocalDate.of(2026, 11, 1));
    private static final RunParameters PARAMS = new RunParameters(RUN, Path.of("inbox"), Path.of("out"), null, 100,
            RuleSettings.defaults(), null);

    private final StagingStore store = mock(StagingStore.class);
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    private static InputFile file(long rejected, String error) {
        return new InputFile("anggota.csv", "pispk-anggota", "x".repeat(64), 10, error, 100, 100 - rejected, rejected,
                0, 20);
    }

    private ExitCode report(BatchStatus status, List<InputFile> files, List<Cakupan.Kekurangan> kurang,
                            List<TidakTerarah> unrouted) {
        JobExecution execution = mock(JobExecution.class);
        when(execution.getStatus()).thenReturn(status);
        when(store.files(RUN)).thenReturn(files);
        when(store.kekurangan(RUN)).thenReturn(kurang);
        when(store.unrouted(RUN)).thenReturn(unrouted);
        return new RunReport(store).print(PARAMS, execution, null, new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    private static Cakupan.Kekurangan missingEppgbm(boolean expected) {
        return new Cakupan.Kekurangan(Sumber.EPPGBM, null, List.of(RuleCode.TUMBUH_01), expected);
    }

    @Test
    void zeroWhenEverythingWasRead() {
        assertThat(report(BatchStatus.COMPLETED, List.of(file(0, null)), List.of(), List.of()).code()).isZero();
        assertThat(printed()).contains("Selesai.", "temuan.xlsx", "kabupaten.xlsx");
    }

    @Test
    void oneWhenTheRunFailedOrWasStopped() {
        assertThat(report(BatchStatus.FAILED, List.of(), List.of(), List.of()).code()).isEqualTo(1);
        assertThat(report(BatchStatus.STOPPED, List.of(), List.of(), List.of()).code()).isEqualTo(1);
    }

    @Test
    void twoForANormalNightWithRejectedRowsRefusedFilesOrUnroutedRecords() {
        assertThat(report(BatchStatus.COMPLETED, List.of(file(3, null)), List.of(), List.of()).code()).isEqualTo(2);
        assertThat(report(BatchStatus.COMPLETED, List.of(file(0, "bukan ekspor yang dikenal")), List.of(), List.of())
                .code()).isEqualTo(2);
        assertThat(report(BatchStatus.COMPLETED, List.of(file(0, null)), List.of(),
                List.of(new TidakTerarah("eppgbm.xlsx", 4, null, "PKM X"))).code()).isEqualTo(2);
        // a source the job never had is not missing
        assertThat(report(BatchStatus.COMPLETED, List.of(file(0, null)), List.of(missingEppgbm(false)), List.of())
                .code()).isZero();
    }

    @Test
    void fiveWhenAnExportThatUsuallyComesIsMissingEvenWithRejectedRows() {
        assertThat(report(BatchStatus.COMPLETED, List.of(file(0, null)), List.of(missingEppgbm(true)), List.of())
                .code()).isEqualTo(5);
        assertThat(report(BatchStatus.COMPLETED, List.of(file(3, null)), List.of(missingEppgbm(true)), List.of())
                .code()).isEqualTo(5);
        assertThat(printed()).contains("kode keluar 5");
    }

    @Test
    void everyOutcomeHasItsOwnCode() {
        assertThat(Arrays.stream(ExitCode.values()).map(ExitCode::code))
                .containsExactly(0, 1, 2, 3, 4, 5, 64).doesNotHaveDuplicates();
    }
}
