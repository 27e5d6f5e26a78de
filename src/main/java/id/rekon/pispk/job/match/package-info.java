/**
 * The step {@code cocok}: probable matching (MATCH-01) for every source pair with PIS-PK on one side,
 * puskesmas by puskesmas, leaving out the pairs teams have rejected. See {@code docs/pencocokan.md}.
 */
package id.rekon.pispk.job.match;
