/**
 * The step {@code tulis}: every output of the night (puskesmas workbooks, {@code temuan.csv/xlsx},
 * {@code kabupaten.xlsx}, rejects, {@code ringkasan.json}), written by the {@code output} package's
 * writers from the stores.
 */
package id.rekon.pispk.job.output;
