/**
 * Where the night's data lives. Tonight's records: an embedded DuckDB file per job
 * ({@code RecordStore}, its writer, cursors and candidate queries, the records' binary form
 * {@code RecordBinary}, encryption at rest {@code StoreCipher}), written once, read in NIK order,
 * deleted after a completed run. The small transactional state in H2 or PostgreSQL: input files,
 * rejects and counts ({@code StagingStore}), findings ({@code TemuanStore}), their history
 * ({@code RiwayatStore}) and the teams' feedback and decisions ({@code UmpanBalikStore}).
 */
package id.rekon.pispk.store;
