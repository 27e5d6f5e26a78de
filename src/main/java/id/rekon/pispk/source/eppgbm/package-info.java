/**
 * e-PPGBM, the child growth register: one row per measurement, its columns and row mapper.
 */
package id.rekon.pispk.source.eppgbm;
