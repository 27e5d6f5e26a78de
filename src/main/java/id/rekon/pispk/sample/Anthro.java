package id.rekon.pispk.sample;

/**
 * Plausible weights, lengths and their WHO-style labels for a child, from two per-child z-scores.
 * Rough piecewise medians, not the WHO tables: the job only stores these values.
 */
final class Anthro {

    private Anthro() {
    }

    static double medianWeight(double months) {
        if (months <= 6) {
            return 3.3 + 0.7 * months;
        }
        if (months <= 12) {
            return 7.5 + 0.25 * (months - 6);
        }
        return 9.0 + 0.19 * (months - 12);
    }

    static double medianHeight(double months) {
        if (months <= 12) {
            return 50 + 2.1 * months;
        }
        if (months <= 24) {
            return 75.2 + (months - 12);
        }
        return 87.2 + 0.64 * (months - 24);
    }

    static double weight(double months, double z) {
        return round1(medianWeight(months) * (1 + 0.12 * z));
    }

    static double height(double months, double z) {
        return round1(medianHeight(months) * (1 + 0.037 * z));
    }

    static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }

    static String bbU(double z) {
        return z < -3 ? "Berat Badan Sangat Kurang" : z < -2 ? "Berat Badan Kurang"
                : z <= 1 ? "Berat Badan Normal" : "Risiko Berat Badan Lebih";
    }

    static String tbU(double z) {
        return z < -3 ? "Sangat Pendek" : z < -2 ? "Pendek" : z <= 3 ? "Normal" : "Tinggi";
    }

    static String bbTb(double z) {
        return z < -3 ? "Gizi Buruk" : z < -2 ? "Gizi Kurang" : z <= 1 ? "Gizi Baik"
                : z <= 2 ? "Berisiko Gizi Lebih" : z <= 3 ? "Gizi Lebih" : "Obesitas";
    }
}
