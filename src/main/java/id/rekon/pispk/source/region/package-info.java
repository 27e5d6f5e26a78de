/**
 * The puskesmas working-area master (which desa and kecamatan each puskesmas serves): its columns and
 * row mapper.
 */
package id.rekon.pispk.source.region;
