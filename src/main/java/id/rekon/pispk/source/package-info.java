/**
 * Reading inbox files. {@link id.rekon.pispk.source.SourceFiles#open} sniffs a file's format from its
 * content, picks the sheet, finds the header row among the first rows and recognises the kind of
 * export from the header alone ({@link id.rekon.pispk.source.HeaderRecogniser}), then hands out the
 * data rows as {@link id.rekon.pispk.source.MappedRow}s, exactly as the file holds them: cleaning is
 * the normaliser's job. Formats are behind {@link id.rekon.pispk.source.TabularFile} and
 * {@link id.rekon.pispk.source.RowReader}, one subpackage each (csv, xlsx, xls, json), all pull
 * readers that never hold a large file in memory. Column names and aliases live in the per-kind
 * subpackages (pispk, eppgbm, pcare, kua, region) and nowhere else, each with its kind's
 * definition ({@link id.rekon.pispk.source.SourceDefinition}: columns, sheet hint, label, mapper,
 * staging), listed in the registry {@link id.rekon.pispk.source.SourceKinds} that the recogniser,
 * the messages and the ingest step iterate.
 */
package id.rekon.pispk.source;
