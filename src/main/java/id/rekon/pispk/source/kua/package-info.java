/**
 * KUA marriage registrations (couples and brides-to-be): their columns and row mapper.
 */
package id.rekon.pispk.source.kua;
