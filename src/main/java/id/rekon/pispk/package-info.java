/**
 * rekon-pispk: the nightly reconciliation of the PIS-PK family survey with the programme registers
 * (e-PPGBM, BPJS PCare, KUA). This package holds only the Spring Boot entry point; the map of the
 * packages below it, and the data's way through one night, are in docs/pengembang.md.
 */
package id.rekon.pispk;
