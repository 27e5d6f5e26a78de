/**
 * Everything Spring Batch. The root holds the wiring only: the job and its steps
 * ({@code RekonJobConfiguration}), the stores as beans ({@code StoreConfiguration}), the launcher, service and
 * clock ({@code OperationsConfiguration}), the rule families ({@code RulesConfiguration}). The command line is
 * in {@code cli}, running a job in {@code launch}, the steps' log lines and progress hook in {@code progress},
 * and each step in its own subpackage ({@code persiapan}, {@code ingest}, {@code cakupan}, {@code history},
 * {@code match}, {@code rules}, {@code output}, {@code arsip}); none of them imports the root. The only package
 * that may import Spring Batch ({@code arsitektur.LayersTest}).
 */
package id.rekon.pispk.job;
