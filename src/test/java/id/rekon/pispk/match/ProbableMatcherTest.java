package id.rekon.pispk.match;

import id.rekon.pispk.model.Nama;
import id.rekon.pispk.model.Sex;
import id.rekon.pispk.model.Sumber;
import id.rekon.pispk.rules.RuleSettings;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class ProbableMatcherTest {

    private static final RuleSettings S = RuleSettings.defaults();
    private static final List<String> ORTU = List.of("SITI AMINAH", "BUDI SANTOSO");

    private final ProbableMatcher matcher = new ProbableMatcher();

    @Test
    void dummyNikBabyWithTitleAndSwappedDayMonthIsProposed() {
        Kandidat bayi = eppgbm("E1", "BY NY SITI AMINAH", "SITI AMINAH", LocalDate.of(2026, 3, 5), Sex.P, ORTU);
        Kandidat anak = pispk("A1", "AISYAH PUTRI", LocalDate.of(2026, 5, 3), Sex.P, ORTU);

        List<ProbableMatch> hasil = matcher.match(List.of(bayi), List.of(anak), S);

        assertThat(hasil).hasSize(1);
        ProbableMatch m = hasil.get(0);
        assertThat(m.left()).isSameAs(bayi);
        assertThat(m.right()).isSameAs(anak);
        assertThat(m.score()).isGreaterThanOrEqualTo(S.probableMatchThreshold());
        assertThat(m.alasan()).contains("nama bayi cocok dengan nama ibu 1.00", "tgl lahir tertukar hari/bulan",
                "jenis kelamin sama", "nama ibu cocok 1.00");
        assertThat(m.pispk()).isSameAs(anak);
    }

    @Test
    void childWithAnTitleAndTypoIsProposed() {
        // "AN. RIZKI PRATAMA": the normaliser leaves "RIZKI PRATAMA".
        Kandidat anE = eppgbm("E1", "AN. RIZKI PRATAMA", "RIZKI PRATAMA", LocalDate.of(2024, 11, 7), Sex.L, List.of());
        Kandidat anP = pispk("A1", "RIZKY PRATAMA", LocalDate.of(2024, 7, 11), Sex.L, List.of("DEWI"));

        List<ProbableMatch> hasil = matcher.match(List.of(anE), List.of(anP), S);

        assertThat(hasil).singleElement().satisfies(m -> assertThat(m.alasan())
                .anyMatch(a -> a.startsWith("nama mirip 0.9"))
                .contains("tgl lahir tertukar hari/bulan", "nama ibu tidak diketahui"));
    }

    @Test
    void twoChildrenOfOneMotherBornAYearApartAreNotProposed() {
        Kandidat bayi = eppgbm("E1", "BY NY SITI AMINAH", "SITI AMINAH", LocalDate.of(2025, 6, 10), Sex.L, ORTU);
        Kandidat kakak = pispk("A1", "AHMAD", LocalDate.of(2024, 6, 10), Sex.L, ORTU);

        assertThat(matcher.match(List.of(bayi), List.of(kakak), S)).isEmpty();
        PenilaianPasangan p = matcher.bandingkan(bayi, kakak, S);
        assertThat(p.layak()).isFalse();
        assertThat(p.alasan()).first().isEqualTo("tgl lahir berbeda");
    }

    @Test
    void babyIsProposedWithTheRightSiblingOnly() {
        Kandidat bayi = eppgbm("E1", "BY NY SITI AMINAH", "SITI AMINAH", LocalDate.of(2025, 6, 10), Sex.L, ORTU);
        Kandidat kakak = pispk("A1", "AHMAD", LocalDate.of(2024, 6, 10), Sex.L, ORTU);
        Kandidat adik = pispk("A2", "BAYU", LocalDate.of(2025, 6, 10), Sex.L, ORTU);

        assertThat(matcher.match(List.of(bayi), List.of(kakak, adik), S))
                .singleElement().satisfies(m -> assertThat(m.right()).isSameAs(adik));
    }

    @Test
    void oneDayApartAcrossNewYearIsFound() {
        Kandidat a = eppgbm("E1", "RIZKI PRATAMA", "RIZKI PRATAMA", LocalDate.of(2025, 1, 1), Sex.L, List.of());
        Kandidat b = pispk("A1", "RIZKI PRATAMA", LocalDate.of(2024, 12, 31), Sex.L, List.of());
        Kandidat c = eppgbm("E2", "DEWI LESTARI", "DEWI LESTARI", LocalDate.of(2023, 12, 31), Sex.P, List.of());
        Kandidat d = pispk("A2", "DEWI LESTARI", LocalDate.of(2024, 1, 1), Sex.P, List.of());

        List<ProbableMatch> hasil = matcher.match(List.of(a, c), List.of(b, d), S);

        assertThat(hasil).extracting(m -> m.left().recordKey() + ">" + m.right().recordKey())
                .containsExactlyInAnyOrder("E1>A1", "E2>A2");
        assertThat(hasil).allSatisfy(m -> assertThat(m.alasan()).contains("tgl lahir selisih 1 hari"));
    }

    @Test
    void differentPuskesmasAreNotCompared() {
        Kandidat a = eppgbm("E1", "RIZKI PRATAMA", "RIZKI PRATAMA", LocalDate.of(2024, 2, 1), Sex.L, List.of());
        Kandidat b = withBlock(pispk("A1", "RIZKI PRATAMA", LocalDate.of(2024, 2, 1), Sex.L, List.of()), "P9");

        assertThat(matcher.match(List.of(a), List.of(b), S)).isEmpty();
    }

    @Test
    void twoUsableNiksAreNeverProposed() {
        Kandidat a = withNik(eppgbm("E1", "RIZKI PRATAMA", "RIZKI PRATAMA", LocalDate.of(2024, 2, 1), Sex.L, List.of()));
        Kandidat b = pispk("A1", "RIZKI PRATAMA", LocalDate.of(2024, 2, 1), Sex.L, List.of());

        assertThat(matcher.match(List.of(a), List.of(b), S)).isEmpty();
        assertThat(matcher.bandingkan(a, b, S).alasan()).contains("keduanya punya NIK");
    }

    @Test
    void differentSexIsNeverProposed() {
        Kandidat a = eppgbm("E1", "AYU", "AYU", LocalDate.of(2024, 2, 1), Sex.P, List.of());
        Kandidat b = pispk("A1", "AYU", LocalDate.of(2024, 2, 1), Sex.L, List.of());

        assertThat(matcher.match(List.of(a), List.of(b), S)).isEmpty();
    }

    @Test
    void unknownSexStillProposedWhenEverythingElseAgrees() {
        Kandidat a = eppgbm("E1", "AYU LESTARI", "AYU LESTARI", LocalDate.of(2024, 2, 1), null, List.of());
        Kandidat b = pispk("A1", "AYU LESTARI", LocalDate.of(2024, 2, 1), Sex.P, List.of());

        assertThat(matcher.match(List.of(a), List.of(b), S)).singleElement()
                .satisfies(m -> assertThat(m.alasan()).contains("jenis kelamin tidak diketahui"));
    }

    @Test
    void differentMothersAreNeverProposed() {
        Kandidat a = eppgbm("E1", "RIZKI", "RIZKI", LocalDate.of(2024, 2, 1), Sex.L, List.of("MARIA", "YOHANES"));
        Kandidat b = pispk("A1", "RIZKI", LocalDate.of(2024, 2, 1), Sex.L, ORTU);

        assertThat(matcher.match(List.of(a), List.of(b), S)).isEmpty();
        assertThat(matcher.bandingkan(a, b, S).alasan()).contains("nama ibu berbeda");
    }

    @Test
    void parentsGivenByTheirFirstNamesOnlyAreTheSameParents() {
        // Seen at 300 000 families: e-PPGBM writes "RUTH / LUKAS", PIS-PK has the full names.
        List<String> lengkap = List.of("RUTH FEBRIANTI NAHAK", "LUKAS KRISTIANUS NAHAK");
        Kandidat e = eppgbm("E1", "AGUSTINUS NAHAK", "AGUSTINUS NAHAK", LocalDate.of(2026, 4, 27), Sex.L,
                List.of("RUTH", "LUKAS"));
        Kandidat p = pispk("A1", "AGUSTINUS NAHAK", LocalDate.of(2026, 4, 27), Sex.L, lengkap);
        assertThat(matcher.match(List.of(e), List.of(p), S)).singleElement()
                .satisfies(m -> assertThat(m.alasan()).contains("nama ibu cocok 1.00"));

        Kandidat bayi = eppgbm("E2", "BY NY RUTH", "RUTH", LocalDate.of(2026, 4, 27), Sex.L, List.of("RUTH"));
        assertThat(matcher.match(List.of(bayi), List.of(p), S)).singleElement()
                .satisfies(m -> assertThat(m.alasan()).contains("nama bayi cocok dengan nama ibu 1.00"));

        // other given names are still other parents
        Kandidat lain = eppgbm("E3", "AGUSTINUS NAHAK", "AGUSTINUS NAHAK", LocalDate.of(2026, 4, 27), Sex.L,
                List.of("MARIA", "YOHANES"));
        assertThat(matcher.match(List.of(lain), List.of(p), S)).isEmpty();
    }

    @Test
    void aBabyNamedInBothSourcesIsPairedBeforeAPlaceholderThatFitsTwoFamilies() {
        // Seen at 300 000 families: two mothers called KRISTINA TEFU in one puskesmas, both with a
        // boy born the same day. "BY NY KRISTINA TEFU" fits either boy; AGUSTINUS SNAE is also in
        // e-PPGBM by name, so the placeholder must be Arnoldus.
        LocalDate lahir = LocalDate.of(2025, 12, 27);
        Kandidat bayi = eppgbm("E1", "BY NY KRISTINA TEFU", "KRISTINA TEFU", lahir, Sex.L, List.of("KRISTINA", "ELIAS"));
        Kandidat agustinusE = eppgbm("E2", "AGUSTINUS SNAE", "AGUSTINUS SNAE", lahir, Sex.L,
                List.of("KRISTINA", "YOHANES"));
        Kandidat agustinus = pispk("A1", "AGUSTINUS SNAE", lahir, Sex.L, List.of("KRISTINA TEFU", "YOHANES KRISTIANUS SNAE"));
        Kandidat arnoldus = pispk("A2", "ARNOLDUS BOLLA", lahir, Sex.L, List.of("KRISTINA TEFU", "ELIAS BOLLA"));

        List<ProbableMatch> hasil = matcher.match(List.of(bayi, agustinusE), List.of(agustinus, arnoldus), S);

        assertThat(hasil).extracting(m -> m.left().recordKey() + "=" + m.right().recordKey())
                .containsExactlyInAnyOrder("E1=A2", "E2=A1");
    }

    @Test
    void placeholderWithoutParentsOnTheOtherSideIsNotProposed() {
        Kandidat bayi = eppgbm("E1", "BY NY SITI", "SITI", LocalDate.of(2026, 3, 5), Sex.P, List.of("SITI"));
        Kandidat anak = pispk("A1", "SITI", LocalDate.of(2026, 3, 5), Sex.P, List.of());

        // "BY NY SITI" is Siti's baby, not a child called Siti.
        assertThat(matcher.match(List.of(bayi), List.of(anak), S)).isEmpty();
    }

    @Test
    void tokenOrderOfNamesDoesNotMatter() {
        Kandidat a = eppgbm("E1", "AMINAH SITI", "AMINAH SITI", LocalDate.of(2024, 2, 1), Sex.P, List.of());
        Kandidat b = pispk("A1", "SITI AMINAH", LocalDate.of(2024, 2, 1), Sex.P, List.of());

        assertThat(matcher.match(List.of(a), List.of(b), S)).singleElement()
                .satisfies(m -> assertThat(m.alasan()).contains("nama sama"));
    }

    @Test
    void eachRecordIsProposedOnceWithItsBestPartner() {
        Kandidat e1 = eppgbm("E1", "RIZKI PRATAMA", "RIZKI PRATAMA", LocalDate.of(2024, 2, 1), Sex.L, List.of());
        Kandidat e2 = eppgbm("E2", "RIZKY PRATAMA", "RIZKY PRATAMA", LocalDate.of(2024, 2, 1), Sex.L, List.of());
        Kandidat a1 = pispk("A1", "RIZKY PRATAMA", LocalDate.of(2024, 2, 1), Sex.L, List.of());

        List<ProbableMatch> hasil = matcher.match(List.of(e1, e2), List.of(a1), S);

        assertThat(hasil).singleElement().satisfies(m -> {
            assertThat(m.left()).isSameAs(e2);
            // 0.5 x name 1.0 + 0.3 x date 1.0 + 0.1 x sex 1.0 + 0.1 x parents unknown 0.5
            assertThat(m.score()).isEqualTo(0.95);
        });
    }

    @Test
    void tiesAreBrokenByRecordKeyAndSaidSo() {
        // Twins with one name in PIS-PK, one record in e-PPGBM: equal scores.
        Kandidat e = eppgbm("E1", "RIZKI", "RIZKI", LocalDate.of(2024, 2, 1), Sex.L, List.of());
        Kandidat a2 = pispk("A2", "RIZKI", LocalDate.of(2024, 2, 1), Sex.L, List.of());
        Kandidat a1 = pispk("A1", "RIZKI", LocalDate.of(2024, 2, 1), Sex.L, List.of());

        List<ProbableMatch> hasil = matcher.match(List.of(e), List.of(a2, a1), S);

        assertThat(hasil).singleElement().satisfies(m -> {
            assertThat(m.right()).isSameAs(a1);
            assertThat(m.alasan()).contains(ProbableMatcher.ALASAN_SERI);
        });
    }

    @Test
    void thresholdComesFromSettings() {
        Kandidat a = eppgbm("E1", "RIZKI PRATAMA", "RIZKI PRATAMA", LocalDate.of(2024, 2, 1), Sex.L, List.of());
        Kandidat b = pispk("A1", "RIZKI PRATAMA", LocalDate.of(2024, 1, 2), Sex.L, List.of());
        RuleSettings strict = RuleSettings.defaults().withProbableMatchThreshold(0.99);

        assertThat(matcher.match(List.of(a), List.of(b), S)).hasSize(1);
        assertThat(matcher.match(List.of(a), List.of(b), strict)).isEmpty();
    }

    @Test
    void recordsWithoutDateOfBirthAreNotProposed() {
        Kandidat a = eppgbm("E1", "RIZKI PRATAMA", "RIZKI PRATAMA", null, Sex.L, List.of());
        Kandidat b = pispk("A1", "RIZKI PRATAMA", LocalDate.of(2024, 1, 2), Sex.L, List.of());

        assertThat(matcher.match(List.of(a), List.of(b), S)).isEmpty();
        assertThat(matcher.match(List.of(b), List.of(a), S)).isEmpty();
    }

    @Test
    void resultDoesNotDependOnInputOrder() {
        List<Kandidat> left = new ArrayList<>();
        List<Kandidat> right = new ArrayList<>();
        String[] names = {"RIZKI", "RIZKY", "AYU", "AYU LESTARI", "BAYU", "BAYU AJI"};
        for (int i = 0; i < names.length; i++) {
            LocalDate lahir = LocalDate.of(2024, 2, 1 + i % 2);
            left.add(eppgbm("E" + i, names[i], names[i], lahir, i % 3 == 0 ? null : Sex.L, List.of()));
            right.add(pispk("A" + i, names[names.length - 1 - i], lahir, Sex.L, List.of()));
        }
        List<ProbableMatch> expected = matcher.match(left, right, S);
        assertThat(expected).isNotEmpty();

        Random random = new Random(7);
        for (int round = 0; round < 10; round++) {
            Collections.shuffle(left, random);
            Collections.shuffle(right, random);
            assertThat(matcher.match(left, right, S)).isEqualTo(expected);
        }
    }

    @Test
    void blockingKeepsLargeInputsFast() {
        // 20 000 x 20 000 records: all pairs would be 4e8 comparisons; 50 puskesmas x 5 birth years
        // leaves 250 blocks of 80 x 80.
        List<Kandidat> left = new ArrayList<>();
        List<Kandidat> right = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            String block = "P" + (i % 50);
            LocalDate lahir = LocalDate.of(2020 + (i / 50) % 5, 1 + i % 12, 1 + i % 28);
            left.add(withBlock(eppgbm("E" + i, "ANAK " + i, "ANAK " + i, lahir, Sex.L, List.of()), block));
            right.add(withBlock(pispk("A" + i, "ANAK " + i, lahir, Sex.L, List.of()), block));
        }
        List<ProbableMatch> hasil = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> matcher.match(left, right, S));
        assertThat(hasil).hasSize(20_000);
        assertThat(hasil.stream().filter(m -> !m.left().recordKey().substring(1)
                .equals(m.right().recordKey().substring(1))).count()).isZero();
    }

    @Test
    void repeatedRecordKeyIsRejected() {
        Kandidat a = eppgbm("E1", "RIZKI", "RIZKI", LocalDate.of(2024, 2, 1), Sex.L, List.of());
        assertThatThrownBy(() -> matcher.match(List.of(a, a), List.of(), S))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pairKeyIsTheSameWhicheverSideARecordCameFrom() {
        Kandidat a = eppgbm("E1", "RIZKI", "RIZKI", LocalDate.of(2024, 2, 1), Sex.L, List.of());
        Kandidat b = pispk("A1", "RIZKI", LocalDate.of(2024, 2, 1), Sex.L, List.of());
        assertThat(new ProbableMatch(a, b, 1, List.of()).pairKey())
                .isEqualTo(new ProbableMatch(b, a, 1, List.of()).pairKey())
                .isEqualTo("A1 + E1");
    }

    @Test
    void aRejectedPairIsNeverProposedAndTheNextBestCandidateIs() {
        Kandidat e = eppgbm("E1", "RIZKI PRATAMA", "RIZKI PRATAMA", LocalDate.of(2024, 2, 1), Sex.L, List.of());
        Kandidat best = pispk("A1", "RIZKI PRATAMA", LocalDate.of(2024, 2, 1), Sex.L, List.of());
        Kandidat next = pispk("A2", "RIZKY PRATAMA", LocalDate.of(2024, 2, 2), Sex.L, List.of());

        assertThat(matcher.match(List.of(e), List.of(best, next), S)).singleElement()
                .satisfies(m -> assertThat(m.right()).isSameAs(best));
        assertThat(matcher.match(List.of(e), List.of(best, next), S, Set.of("A1 + E1"))).singleElement()
                .satisfies(m -> assertThat(m.right()).isSameAs(next));
        assertThat(matcher.match(List.of(e), List.of(best), S, Set.of(ProbableMatch.pairKey("E1", "A1")))).isEmpty();
    }

    @Test
    void oneDayApartAcrossNewYearAndSwappedDayMonthAreInTheBlocks() {
        Kandidat e = eppgbm("E1", "YOSEFINA NENO", "YOSEFINA NENO", LocalDate.of(1980, 12, 31), Sex.P, List.of());
        Kandidat a = pispk("A1", "YOSEFINA NENO", LocalDate.of(1981, 1, 1), Sex.P, List.of());
        assertThat(matcher.match(List.of(e), List.of(a), S)).singleElement()
                .satisfies(m -> assertThat(m.alasan()).contains("tgl lahir selisih 1 hari"));

        Kandidat swapped = eppgbm("E2", "YOSEFINA NENO", "YOSEFINA NENO", LocalDate.of(1980, 4, 11), Sex.P, List.of());
        Kandidat b = pispk("A2", "YOSEFINA NENO", LocalDate.of(1980, 11, 4), Sex.P, List.of());
        assertThat(matcher.match(List.of(swapped), List.of(b), S)).singleElement()
                .satisfies(m -> assertThat(m.alasan()).contains("tgl lahir tertukar hari/bulan"));

        assertThat(ProbableMatcher.hariDicari(LocalDate.of(1980, 4, 11))).hasSize(4);
        assertThat(ProbableMatcher.hariDicari(LocalDate.of(1980, 4, 4))).hasSize(3); // swapped is itself
        assertThat(ProbableMatcher.hariDicari(LocalDate.of(1980, 4, 25))).hasSize(3); // no month 25
    }

    @Test
    void adultWithDamagedNikIsProposedAgainstHisPcareRow() {
        // PIS-PK member whose NIK arrived as 5.30201E+15 (no key) against his PCare row (valid NIK).
        Kandidat pispk = withoutNik(pispk("A1", "MARTHEN LAKAPU", LocalDate.of(1968, 3, 14), Sex.L, List.of()));
        Kandidat pcare = new Kandidat("PCARE|0001234567890", Sumber.PCARE, new Nama("MARTHEN LAKAPU", "MARTHEN LAKAPU"),
                LocalDate.of(1968, 3, 14), Sex.L, List.of(), true, "P1", "P1", Kandidat.Tampilan.kosong(), null);

        assertThat(matcher.match(List.of(pcare), List.of(pispk), S)).singleElement().satisfies(m -> {
            assertThat(m.pispk()).isSameAs(pispk);
            assertThat(m.score()).isEqualTo(0.95);
        });
    }

    @Test
    void fatherAndSonOfOneNameAndNamesakesBornOnOtherDaysAreNotProposed() {
        Kandidat ayah = withoutNik(pispk("A1", "YOHANES TEFU", LocalDate.of(1970, 5, 20), Sex.L, List.of()));
        Kandidat anak = withoutNik(pispk("A2", "YOHANES TEFU", LocalDate.of(1998, 5, 20), Sex.L, List.of()));
        Kandidat tetangga = withoutNik(pispk("A3", "YOHANES TEFU", LocalDate.of(1970, 8, 2), Sex.L, List.of()));
        Kandidat pcare = new Kandidat("PCARE|1", Sumber.PCARE, new Nama("YOHANES TEFU", "YOHANES TEFU"),
                LocalDate.of(1970, 5, 20), Sex.L, List.of(), true, "P1", "P1", Kandidat.Tampilan.kosong(), null);
        Kandidat lain = new Kandidat("PCARE|2", Sumber.PCARE, new Nama("YOHANES TEFU", "YOHANES TEFU"),
                LocalDate.of(1985, 1, 9), Sex.L, List.of(), true, "P1", "P1", Kandidat.Tampilan.kosong(), null);

        List<ProbableMatch> hasil = matcher.match(List.of(pcare, lain), List.of(ayah, anak, tetangga), S);

        assertThat(hasil).singleElement().satisfies(m -> {
            assertThat(m.left()).isSameAs(pcare);
            assertThat(m.right()).isSameAs(ayah);
        });
    }

    @Test
    void twinsOfOneDateButDifferentNamesAreEachProposedWithTheirOwnRecord() {
        Kandidat e1 = eppgbm("E1", "MARIA GORETI", "MARIA GORETI", LocalDate.of(2024, 2, 1), Sex.P, ORTU);
        Kandidat e2 = eppgbm("E2", "MARTA GORETI", "MARTA GORETI", LocalDate.of(2024, 2, 1), Sex.P, ORTU);
        Kandidat a1 = withoutNik(pispk("A1", "MARIA GORETI", LocalDate.of(2024, 2, 1), Sex.P, ORTU));
        Kandidat a2 = withoutNik(pispk("A2", "MARTA GORETI", LocalDate.of(2024, 2, 1), Sex.P, ORTU));

        List<ProbableMatch> hasil = matcher.match(List.of(e1, e2), List.of(a2, a1), S);

        assertThat(hasil).extracting(ProbableMatch::pairKey).containsExactlyInAnyOrder("A1 + E1", "A2 + E2");
    }

    @Test
    void pairsComparedAreCountedAndTwoUsableNiksAreNotCompared() {
        ProbableMatcher m = new ProbableMatcher();
        Kandidat e = eppgbm("E1", "RIZKI", "RIZKI", LocalDate.of(2024, 2, 1), Sex.L, List.of());
        Kandidat a = pispk("A1", "RIZKI", LocalDate.of(2024, 2, 1), Sex.L, List.of());
        Kandidat b = pispk("A2", "AYU", LocalDate.of(2024, 2, 2), Sex.L, List.of());
        Kandidat far = pispk("A3", "RIZKI", LocalDate.of(2024, 3, 9), Sex.L, List.of());
        m.match(List.of(e), List.of(a, b, far), S);
        assertThat(m.pasanganDibandingkan()).isEqualTo(2);
        m.match(List.of(withNik(e)), List.of(a, b, far), S);
        assertThat(m.pasanganDibandingkan()).isEqualTo(2);
    }

    static Kandidat eppgbm(String key, String asli, String normal, LocalDate lahir, Sex sex, List<String> ortu) {
        return new Kandidat(key, Sumber.EPPGBM, new Nama(asli, normal), lahir, sex, ortu, false, "P1", "P1",
                new Kandidat.Tampilan("5301010000000000", null, "OEBOBO", "01/02", "MELATI"), null);
    }

    static Kandidat pispk(String key, String nama, LocalDate lahir, Sex sex, List<String> ortu) {
        return new Kandidat(key, Sumber.PISPK, new Nama(nama, nama), lahir, sex, ortu, true, "P1", "P1",
                new Kandidat.Tampilan("5301014101260001", "K001", "OEBOBO", "01/02", null), null);
    }

    static Kandidat withBlock(Kandidat k, String block) {
        return new Kandidat(k.recordKey(), k.sumber(), k.nama(), k.tanggalLahir(), k.sex(), k.namaIbu(),
                k.hasUsableNik(), block, block, k.tampilan(), k.payload());
    }

    static Kandidat withoutNik(Kandidat k) {
        return new Kandidat(k.recordKey(), k.sumber(), k.nama(), k.tanggalLahir(), k.sex(), k.namaIbu(),
                false, k.blockKey(), k.kodePuskesmas(), k.tampilan(), k.payload());
    }

    static Kandidat withNik(Kandidat k) {
        return new Kandidat(k.recordKey(), k.sumber(), k.nama(), k.tanggalLahir(), k.sex(), k.namaIbu(),
                true, k.blockKey(), k.kodePuskesmas(), k.tampilan(), k.payload());
    }
}
