/**
 * The read step {@code baca}: one partition per input file ({@code BerkasPartitioner}), rows read,
 * mapped and staged into tonight's store ({@code InboxItemReader}, {@code IngestMapper},
 * {@code StagingItemWriter}), progress across partitions; and {@code susun}, which arranges the store
 * once every file is in.
 */
package id.rekon.pispk.job.ingest;
