package io.pactum.benchmarks.approval;

import java.math.BigDecimal;

/** The benchmark policy written by hand in plain Java: the floor. */
final class HandCoded {

    private static final BigDecimal K100 = new BigDecimal("100000");
    private static final BigDecimal K500 = new BigDecimal("500000");
    private static final BigDecimal M1 = new BigDecimal("1000000");
    private static final BigDecimal M5 = new BigDecimal("5000000");
    private static final BigDecimal M10 = new BigDecimal("10000000");

    private HandCoded() {
    }

    /** The bits of the rules that apply, the catch-all when none does. */
    static long match(BenchFact f) {
        long bits = 0;
        BigDecimal a = f.getAmount();
        String type = f.getType();
        if (type.length() == 2 && type.charAt(0) == 't') {
            int t = type.charAt(1) - '0';
            if (t >= 0 && t <= 9 && a.signum() >= 0) {
                int band = a.compareTo(K100) < 0 ? 0 : a.compareTo(M1) < 0 ? 1 : a.compareTo(M10) < 0 ? 2 : 3;
                bits |= 1L << (t * 4 + band);
            }
        }
        if (f.getEdited().contains("liability") || f.getFallback().contains("liability")
                || f.getMissing().contains("liability")) {
            bits |= 1L << 40;
        }
        if ("BUY_SIDE".equals(f.getDirection()) && f.isOverBudget()) {
            bits |= 1L << 41;
        }
        if (f.getRisk() >= 2) {
            bits |= 1L << 42;
        }
        String region = f.getRegion();
        if (("east".equals(region) || "west".equals(region)) && a.compareTo(M5) >= 0) {
            bits |= 1L << 43;
        }
        if (watchListed(f.getCounterparty())) {
            bits |= 1L << 44;
        }
        if ("procurement".equals(f.getDepartment()) && a.compareTo(K500) >= 0) {
            bits |= 1L << 45;
        }
        if (!f.getMissing().isEmpty()) {
            bits |= 1L << 46;
        }
        if (f.isExtraApproval()) {
            bits |= 1L << 47;
        }
        if (f.getRisk() == 3 && a.compareTo(M1) >= 0) {
            bits |= 1L << 48;
        }
        return bits == 0 ? 1L << BenchPolicy.CATCH_ALL : bits;
    }

    private static boolean watchListed(String p) {
        switch (p) {
            case "p-3":
            case "p-7":
            case "p-11":
            case "p-19":
            case "p-23":
            case "p-42":
            case "p-57":
            case "p-64":
            case "p-77":
            case "p-91":
                return true;
            default:
                return false;
        }
    }
}
