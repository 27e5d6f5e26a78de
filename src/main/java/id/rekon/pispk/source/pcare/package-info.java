/**
 * BPJS PCare participants (JKN membership, Prolanis): their columns and row mapper.
 */
package id.rekon.pispk.source.pcare;
