/**
 * The command line: {@code RekonRunner} (run, serve, generate, help), its parsing ({@code CommandLine}), the
 * answers given before Spring starts ({@code QuickCommand}: help and usage errors), the sample generator's
 * command, and the startup failure explained to the operator when the H2 file is in use. It turns the
 * operator's words into a {@code launch.RunRequest} and hands it to the launcher or the service; it imports
 * {@code launch}, never the other way.
 */
package id.rekon.pispk.job.cli;
