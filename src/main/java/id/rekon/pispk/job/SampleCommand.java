package id.rekon.pispk.job;

import java.io.PrintStream;

/** {@code generate}: writes a synthetic kabupaten (all five export kinds) with the sample generator. */
final class SampleCommand {

    private SampleCommand() {
    }

    static ExitCode generate(CommandLine cmd, PrintStream out) {
        out.println("Generator belum tersedia.");
        return ExitCode.SALAH_PEMAKAIAN;
    }
}
