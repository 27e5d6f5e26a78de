/**
 * Matching people across sources: NIK groups, and probable matches for records without a usable
 * NIK (blocking, comparisons, score). Pure Java; the job feeds it from the store. See
 * {@code docs/pencocokan.md}.
 */
package id.rekon.pispk.match;
