package io.pactum.examples.quickstart.ledger;

import io.pactum.core.money.Money;
import io.pactum.core.obligation.ObligationKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * An inline SVG bar chart of one {@link LedgerFigures.MonthlyFlow}: for each month a bar of the
 * payments due and a bar of the payments made, on a scale rounded up to 1, 2, 2.5 or 5 times a power
 * of ten. Coordinates are computed from the exact amounts with {@link BigDecimal}.
 */
final class SvgChart {

    static final int WIDTH = 720;
    static final int HEIGHT = 270;
    private static final int LEFT = 64;
    private static final int TOP = 30;
    private static final int PLOT_HEIGHT = 190;
    private static final int SLOT = 54;
    private static final int BAR = 20;
    private static final List<BigDecimal> STEPS = List.of(new BigDecimal("1"), new BigDecimal("2"), new BigDecimal("2.5"),
            new BigDecimal("5"), new BigDecimal("10"));
    private static final String[] MONTHS = {"1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"};

    private SvgChart() {
    }

    static String render(LedgerFigures.MonthlyFlow flow) {
        BigDecimal max = scaleMax(flow.peak().amount());
        String dueLabel = flow.direction() == ObligationKind.PAYMENT_IN ? "应收 due" : "应付 due";
        String doneLabel = flow.direction() == ObligationKind.PAYMENT_IN ? "已收 received" : "已付 paid";
        String code = flow.currency().getCurrencyCode();
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"").append(Html.escape(dueLabel + " / " + doneLabel + " " + code))
                .append("\">\n");
        // Grid lines and amount labels at 0, 1/4, 1/2, 3/4 and the top of the scale.
        for (int i = 0; i <= 4; i++) {
            BigDecimal value = max.multiply(BigDecimal.valueOf(i)).divide(BigDecimal.valueOf(4));
            int y = TOP + PLOT_HEIGHT - PLOT_HEIGHT * i / 4;
            svg.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" y1=\"").append(y).append("\" x2=\"")
                    .append(LEFT + 12 * SLOT).append("\" y2=\"").append(y).append("\"/>\n");
            svg.append("<text class=\"axis\" x=\"").append(LEFT - 8).append("\" y=\"").append(y + 4)
                    .append("\" text-anchor=\"end\">").append(Html.escape(Amounts.compact(value))).append("</text>\n");
        }
        for (int m = 0; m < flow.months().size(); m++) {
            LedgerFigures.Month month = flow.months().get(m);
            int x = LEFT + m * SLOT + 6;
            bar(svg, "due", x, month.due(), max, MONTHS[m] + " " + dueLabel);
            bar(svg, "done", x + BAR + 2, month.settled(), max, MONTHS[m] + " " + doneLabel);
            svg.append("<text class=\"axis\" x=\"").append(LEFT + m * SLOT + SLOT / 2).append("\" y=\"")
                    .append(TOP + PLOT_HEIGHT + 18).append("\" text-anchor=\"middle\">").append(MONTHS[m]).append("</text>\n");
        }
        // Legend above the plot.
        svg.append("<rect class=\"due\" x=\"").append(LEFT).append("\" y=\"6\" width=\"12\" height=\"12\"/>")
                .append("<text class=\"legend\" x=\"").append(LEFT + 18).append("\" y=\"16\">")
                .append(Html.escape(dueLabel + " (" + code + ")")).append("</text>\n");
        svg.append("<rect class=\"done\" x=\"").append(LEFT + 170).append("\" y=\"6\" width=\"12\" height=\"12\"/>")
                .append("<text class=\"legend\" x=\"").append(LEFT + 188).append("\" y=\"16\">")
                .append(Html.escape(doneLabel + " (" + code + ")")).append("</text>\n");
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static void bar(StringBuilder svg, String cls, int x, Money value, BigDecimal max, String label) {
        BigDecimal height = value.amount().multiply(BigDecimal.valueOf(PLOT_HEIGHT)).divide(max, 1, RoundingMode.HALF_EVEN);
        BigDecimal y = BigDecimal.valueOf(TOP + PLOT_HEIGHT).subtract(height);
        svg.append("<rect class=\"").append(cls).append("\" x=\"").append(x).append("\" y=\"").append(y.toPlainString())
                .append("\" width=\"").append(BAR).append("\" height=\"").append(height.toPlainString()).append("\"><title>")
                .append(Html.escape(label + ": " + Amounts.format(value))).append("</title></rect>\n");
    }

    /** The top of the scale: the smallest 1, 2, 2.5, 5 × 10^k at or above the peak; 1 for an empty chart. */
    static BigDecimal scaleMax(BigDecimal peak) {
        if (peak.signum() <= 0) {
            return BigDecimal.ONE;
        }
        BigDecimal power = BigDecimal.ONE.movePointRight(peak.precision() - peak.scale() - 1);
        for (BigDecimal step : STEPS) {
            BigDecimal candidate = step.multiply(power);
            if (candidate.compareTo(peak) >= 0) {
                return candidate.stripTrailingZeros();
            }
        }
        throw new IllegalStateException("10 × 10^k is always at or above the peak");
    }
}
