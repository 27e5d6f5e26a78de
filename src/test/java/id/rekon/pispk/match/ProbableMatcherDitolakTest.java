package id.rekon.pispk.match;

import id.rekon.pispk.model.Sex;
import id.rekon.pispk.rules.RuleSettings;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static id.rekon.pispk.match.ProbableMatcherTest.eppgbm;
import static id.rekon.pispk.match.ProbableMatcherTest.pispk;
import static org.assertj.core.api.Assertions.assertThat;

/** Pairs a team marked "Bukan orang yang sama" are dropped before the one-proposal-per-record choice. */
class ProbableMatcherDitolakTest {

    private static final RuleSettings S = RuleSettings.defaults();
    private static final List<String> ORTU = List.of("SITI AMINAH", "BUDI SANTOSO");

    private final ProbableMatcher matcher = new ProbableMatcher();

    private final Kandidat bayi = eppgbm("E1", "RIZKI PRATAMA", "RIZKI PRATAMA", LocalDate.of(2025, 6, 10), Sex.L, ORTU);
    /** The best fit: same name, same date. */
    private final Kandidat sama = pispk("A1", "RIZKI PRATAMA", LocalDate.of(2025, 6, 10), Sex.L, ORTU);
    /** Second best: one day apart. */
    private final Kandidat kedua = pispk("A2", "RIZKY PRATAMA", LocalDate.of(2025, 6, 11), Sex.L, ORTU);

    @Test
    void aRejectedPairIsNeverProposedAndItsRecordsStayFreeForOthers() {
        assertThat(matcher.match(List.of(bayi), List.of(sama, kedua), S))
                .extracting(ProbableMatch::pairKey).containsExactly("A1 + E1");

        List<ProbableMatch> hasil = matcher.match(List.of(bayi), List.of(sama, kedua), S, Set.of("A1 + E1"));

        assertThat(hasil).extracting(ProbableMatch::pairKey).containsExactly("A2 + E1");
    }

    @Test
    void theRejectionHoldsWhicheverListARecordComesFrom() {
        assertThat(matcher.match(List.of(sama), List.of(bayi), S, Set.of(ProbableMatch.pairKey("E1", "A1")))).isEmpty();
        assertThat(matcher.match(List.of(bayi), List.of(sama), S, Set.of("A1 + E9"))).hasSize(1);
    }

    @Test
    void theThreeArgumentFormRejectsNothing() {
        assertThat(matcher.match(List.of(bayi), List.of(sama), S))
                .isEqualTo(matcher.match(List.of(bayi), List.of(sama), S, Set.of()));
    }
}
