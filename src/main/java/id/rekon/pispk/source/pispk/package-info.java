/**
 * The PIS-PK family survey: the family and member exports, their columns and row mappers.
 */
package id.rekon.pispk.source.pispk;
