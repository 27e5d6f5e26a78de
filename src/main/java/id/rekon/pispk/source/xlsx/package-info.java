/**
 * XLSX reading through POI's streaming parts and a StAX pull parser over each sheet's XML: one row
 * in memory at a time, no threads. Numeric cells keep the numeric flag (how a NIK damaged by Excel is
 * caught downstream), date-styled cells become dates.
 */
package id.rekon.pispk.source.xlsx;
