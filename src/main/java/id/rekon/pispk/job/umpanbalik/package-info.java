/**
 * The {@code umpanBalik} step of the nightly job: {@link id.rekon.pispk.job.umpanbalik.UmpanBalikTasklet}
 * reads the teams' returned workbooks (their {@code Tindak Lanjut}, {@code Catatan} and answers on
 * probable pairs) before the matcher and the rules, so a pair answered "not the same person" is not
 * proposed again and the outputs carry the teams' notes. See docs/riwayat.md.
 */
package id.rekon.pispk.job.umpanbalik;
