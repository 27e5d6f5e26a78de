/**
 * The step {@code cakupan}: which sources arrived for which puskesmas tonight, what an operator should
 * be told is missing, and which rules are held (neither raised nor resolved) for lack of a source.
 */
package id.rekon.pispk.job.cakupan;
