/**
 * The step {@code persiapan}, first of a run: clears an earlier attempt's leftovers, records the inputs with
 * their checksums, finds and checks the region master ({@code RegionMasterLoader}, also read by the feedback
 * and output steps through the job's context key {@code PreparationTasklet.WILAYAH_KERJA}).
 */
package id.rekon.pispk.job.persiapan;
