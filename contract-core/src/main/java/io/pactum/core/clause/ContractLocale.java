package io.pactum.core.clause;

import java.util.Arrays;
import java.util.Optional;

/**
 * The language and conventions a clause or template is written in. It decides numbering
 * ({@code 1.1} or {@code 第一条}) and how values are formatted. The set is closed: each locale has
 * hand-written formatting rules.
 */
public enum ContractLocale {
    /** Simplified Chinese, mainland China conventions: 第一条, ¥1,200.00, 2026年11月22日. */
    ZH_CN("zh-CN"),
    /** English: 1.1, USD 12,500.00, 22 November 2026. */
    EN("en");

    private final String tag;

    ContractLocale(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 tag, {@code zh-CN} or {@code en}. */
    public String tag() {
        return tag;
    }

    /** The locale for a BCP 47 tag, compared exactly. */
    public static Optional<ContractLocale> forTag(String tag) {
        return Arrays.stream(values()).filter(l -> l.tag.equals(tag)).findFirst();
    }
}
