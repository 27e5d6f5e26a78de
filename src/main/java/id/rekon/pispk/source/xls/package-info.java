/**
 * Legacy {@code .xls} reading with HSSF (loaded whole: the format caps a sheet at 65,536 rows), with
 * the same cell rules as XLSX.
 */
package id.rekon.pispk.source.xls;
