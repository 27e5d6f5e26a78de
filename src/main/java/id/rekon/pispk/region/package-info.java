/**
 * Regions and routing: the official Kemendagri region codes shipped with the product
 * ({@link id.rekon.pispk.region.Kemendagri}, from {@code wilayah/*.csv}: idn-area-data 4.0.1,
 * Kepmendagri 300.2.2-2138/2025, ODbL 1.0), and the job's region master of puskesmas and their
 * working areas ({@link id.rekon.pispk.region.RegionMaster}), which routes e-PPGBM, PCare and KUA
 * records to a puskesmas through {@link id.rekon.pispk.region.PuskesmasRouter}.
 *
 * <p>No Spring. Everything is immutable and thread-safe once built; only {@code Kemendagri} reads
 * (classpath) resources, lazily.
 */
package id.rekon.pispk.region;
