/**
 * The step {@code aturan}: one sorted pass over tonight's store (person, family and couple cases,
 * decoded on a read-ahead thread), every rule family on each case (on a small pool, the results in
 * the cases' order), findings and concordance votes written to the transactional store.
 */
package id.rekon.pispk.job.rules;
