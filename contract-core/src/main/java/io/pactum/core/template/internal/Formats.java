package io.pactum.core.template.internal;

import io.pactum.core.clause.ContractLocale;
import io.pactum.core.error.PactumException;
import io.pactum.core.money.Money;
import io.pactum.core.template.TemplateError;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * Locale formatting of values, written out by hand so output never depends on the JDK's locale
 * data: grouping is always {@code ,} every three digits, the decimal mark {@code .}.
 */
public final class Formats {

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final char[] UPPER_DIGITS = "零壹贰叁肆伍陆柒捌玖".toCharArray();
    private static final String[] UPPER_UNITS = {"", "拾", "佰", "仟"};
    private static final String[] UPPER_GROUPS = {"", "万", "亿", "万亿"};
    private static final BigDecimal UPPER_LIMIT = BigDecimal.TEN.pow(16);
    private static final char[] SIMPLE_DIGITS = "零一二三四五六七八九".toCharArray();

    private Formats() {
    }

    /**
     * Money with its currency: the symbol {@code ¥} for yuan in a Chinese document, otherwise the
     * ISO code and a space: {@code ¥1,200,000.00}, {@code USD 12,500.00}.
     */
    public static String money(Money money, ContractLocale locale) {
        StringBuilder out = new StringBuilder(24);
        appendMoney(money, locale, out);
        return out.toString();
    }

    /** Appends {@link #money(Money, ContractLocale)} to a buffer without intermediate strings. */
    public static void appendMoney(Money money, ContractLocale locale, StringBuilder out) {
        String code = money.currency().getCurrencyCode();
        BigDecimal amount = money.amount();
        if (amount.signum() < 0) {
            out.append('-');
            amount = amount.negate();
        }
        if (locale == ContractLocale.ZH_CN && code.equals("CNY")) {
            out.append('¥');
        } else {
            out.append(code).append(' ');
        }
        appendGrouped(amount.toPlainString(), out);
    }

    /** Appends a non-negative plain decimal text with thousands grouping. */
    private static void appendGrouped(String plain, StringBuilder out) {
        int dot = plain.indexOf('.');
        int wholeLength = dot < 0 ? plain.length() : dot;
        int first = wholeLength % 3 == 0 ? 3 : wholeLength % 3;
        out.append(plain, 0, Math.min(first, wholeLength));
        for (int i = first; i < wholeLength; i += 3) {
            out.append(',').append(plain, i, i + 3);
        }
        if (dot >= 0) {
            out.append(plain, dot, plain.length());
        }
    }

    /** A number with thousands grouping and its own scale: {@code 1,200,000.00}. */
    public static String grouped(BigDecimal value) {
        String plain = value.toPlainString();
        String sign = "";
        if (plain.startsWith("-")) {
            sign = "-";
            plain = plain.substring(1);
        }
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : plain.substring(dot);
        StringBuilder out = new StringBuilder(whole.length() + whole.length() / 3 + fraction.length() + 1);
        int first = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
        out.append(whole, 0, first);
        for (int i = first; i < whole.length(); i += 3) {
            out.append(',').append(whole, i, i + 3);
        }
        return sign + out + fraction;
    }

    /**
     * The Chinese uppercase amount (大写金额) as written on contracts and bank documents:
     * {@code 人民币壹佰贰拾万元整}. Rules: a zero between non-zero digits, or a run of zeros, is
     * written once as 零; zeros at the end of a group are not written; 整 follows 元 or 角 when
     * there are no 分, and never follows 分; an amount under one yuan has no 元.
     */
    public static String chineseUpper(Money money) {
        if (money.amount().scale() > 2 || money.amount().abs().compareTo(UPPER_LIMIT) >= 0) {
            throw new PactumException(TemplateError.TYPE_MISMATCH, "", "an uppercase amount needs at most 2 decimals and"
                    + " less than 10^16, got " + money);
        }
        BigDecimal amount = money.amount().setScale(2, RoundingMode.UNNECESSARY);
        StringBuilder out = new StringBuilder(prefix(money.currency().getCurrencyCode()));
        if (amount.signum() < 0) {
            out.append('负');
            amount = amount.negate();
        }
        BigInteger whole = amount.toBigInteger();
        int cents = amount.subtract(new BigDecimal(whole)).movePointRight(2).intValueExact();
        int jiao = cents / 10;
        int fen = cents % 10;
        if (whole.signum() > 0) {
            out.append(upperWhole(whole)).append('元');
        }
        if (jiao == 0 && fen == 0) {
            if (whole.signum() == 0) {
                out.append("零元");
            }
            return out.append('整').toString();
        }
        if (jiao > 0) {
            out.append(UPPER_DIGITS[jiao]).append('角');
        } else if (whole.signum() > 0) {
            out.append('零');
        }
        if (fen > 0) {
            out.append(UPPER_DIGITS[fen]).append('分');
        } else {
            out.append('整');
        }
        return out.toString();
    }

    private static String prefix(String currencyCode) {
        switch (currencyCode) {
            case "CNY":
                return "人民币";
            case "USD":
                return "美元";
            case "EUR":
                return "欧元";
            case "HKD":
                return "港币";
            case "JPY":
                return "日元";
            case "GBP":
                return "英镑";
            default:
                return currencyCode;
        }
    }

    private static String upperWhole(BigInteger whole) {
        List<Integer> groups = new ArrayList<>();
        BigInteger tenThousand = BigInteger.valueOf(10_000);
        while (whole.signum() > 0) {
            BigInteger[] qr = whole.divideAndRemainder(tenThousand);
            groups.add(qr[1].intValue());
            whole = qr[0];
        }
        if (groups.size() > UPPER_GROUPS.length) {
            throw new IllegalArgumentException("amount too large for an uppercase amount");
        }
        StringBuilder out = new StringBuilder();
        boolean zeroPending = false;
        for (int g = groups.size() - 1; g >= 0; g--) {
            int group = groups.get(g);
            if (group == 0) {
                zeroPending = out.length() > 0;
                continue;
            }
            if (out.length() > 0 && (zeroPending || group < 1000)) {
                out.append('零');
            }
            zeroPending = false;
            boolean innerZero = false;
            boolean started = false;
            for (int p = 3; p >= 0; p--) {
                int digit = group / pow10(p) % 10;
                if (digit == 0) {
                    innerZero = started;
                    continue;
                }
                if (innerZero) {
                    out.append('零');
                    innerZero = false;
                }
                out.append(UPPER_DIGITS[digit]).append(UPPER_UNITS[p]);
                started = true;
            }
            out.append(UPPER_GROUPS[g]);
        }
        return out.toString();
    }

    private static int pow10(int p) {
        return p == 0 ? 1 : p == 1 ? 10 : p == 2 ? 100 : 1000;
    }

    /** A date: {@code 2026年11月22日} or {@code 22 November 2026}. */
    public static String date(LocalDate date, ContractLocale locale) {
        if (locale == ContractLocale.ZH_CN) {
            return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
        }
        return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }

    /** A percentage from the number of percent, trailing zeros dropped: {@code 5%}, {@code 2.5%}. */
    public static String percent(BigDecimal percent) {
        return plain(percent) + "%";
    }

    /** A number as written, trailing zeros after the point dropped: {@code 2.5}, {@code 10}. */
    public static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() < 0) {
            stripped = stripped.setScale(0, RoundingMode.UNNECESSARY);
        }
        return stripped.toPlainString();
    }

    /** A duration: {@code 1 year and 6 months}, {@code 30 days}; {@code 1年6个月}, {@code 30日}. */
    public static String duration(Period period, ContractLocale locale) {
        List<String> parts = new ArrayList<>();
        if (locale == ContractLocale.ZH_CN) {
            StringBuilder out = new StringBuilder();
            if (period.getYears() > 0) {
                out.append(period.getYears()).append('年');
            }
            if (period.getMonths() > 0) {
                out.append(period.getMonths()).append("个月");
            }
            if (period.getDays() > 0 || out.length() == 0) {
                out.append(period.getDays()).append('日');
            }
            return out.toString();
        }
        if (period.getYears() > 0) {
            parts.add(unit(period.getYears(), "year"));
        }
        if (period.getMonths() > 0) {
            parts.add(unit(period.getMonths(), "month"));
        }
        if (period.getDays() > 0 || parts.isEmpty()) {
            parts.add(unit(period.getDays(), "day"));
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    private static String unit(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** Yes or no: {@code 是}/{@code 否}, {@code yes}/{@code no}. */
    public static String bool(boolean value, ContractLocale locale) {
        if (locale == ContractLocale.ZH_CN) {
            return value ? "是" : "否";
        }
        return value ? "yes" : "no";
    }

    /** A Chinese numeral for article numbers, 1 to 9999: 一, 十, 十一, 二十, 一百零一. */
    public static String chineseNumber(int n) {
        if (n < 1 || n > 9999) {
            throw new IllegalArgumentException("article number out of range: " + n);
        }
        if (n < 10) {
            return String.valueOf(SIMPLE_DIGITS[n]);
        }
        if (n < 20) {
            return "十" + (n == 10 ? "" : String.valueOf(SIMPLE_DIGITS[n - 10]));
        }
        String[] units = {"", "十", "百", "千"};
        StringBuilder out = new StringBuilder();
        boolean zero = false;
        for (int p = 3; p >= 0; p--) {
            int digit = n / pow10(p) % 10;
            if (digit == 0) {
                zero = out.length() > 0;
                continue;
            }
            if (zero) {
                out.append('零');
                zero = false;
            }
            out.append(SIMPLE_DIGITS[digit]).append(units[p]);
        }
        return out.toString();
    }
}
