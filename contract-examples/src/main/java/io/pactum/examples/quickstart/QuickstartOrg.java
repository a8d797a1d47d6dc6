package io.pactum.examples.quickstart;

import io.pactum.core.money.Money;
import io.pactum.rules.approval.AuthorityLimit;
import io.pactum.rules.approval.OrgStructure;

/**
 * The organisation of the sample company (北京云帆信息技术有限公司): the people, roles, department
 * heads and authority limits the shipped approval policy routes to. Kept in code because the
 * library reads organisations from the host's directory, not from a file; a host maps its own
 * directory the same way.
 */
public final class QuickstartOrg {

    private QuickstartOrg() {
    }

    /** The organisation; every role the approval policy names has a holder. */
    public static OrgStructure structure() {
        return OrgStructure.builder()
                .person("u-ceo", "board", null, "ceo")
                .person("u-coo", "board", "u-ceo", "coo")
                .person("u-head-east", "sales-east", "u-coo", "department-head")
                .person("u-head-intl", "sales-intl", "u-coo", "department-head")
                .person("u-head-bd", "bd", "u-coo", "department-head")
                .person("u-zhang", "sales-east", "u-head-east")
                .person("u-li", "sales-intl", "u-head-intl")
                .person("u-fin", "finance", "u-coo", "finance")
                .person("u-legal", "legal", "u-coo", "legal")
                .person("u-ctrl", "finance", "u-coo", "finance-controller")
                .departmentHead("sales-east", "u-head-east")
                .departmentHead("sales-intl", "u-head-intl")
                .departmentHead("bd", "u-head-bd")
                .authority(AuthorityLimit.forRole("department-head", null, Money.of(1_000_000, "CNY")))
                .authority(AuthorityLimit.forRole("coo", null, Money.of(5_000_000, "CNY")))
                .authority(AuthorityLimit.forRole("finance", null, Money.of(10_000_000, "CNY")))
                .authority(AuthorityLimit.forRole("legal", null, Money.of(10_000_000, "CNY")))
                .authority(AuthorityLimit.forRole("finance-controller", null, Money.of(10_000_000, "CNY")))
                .authority(AuthorityLimit.forRole("ceo", null, Money.of(1_000_000_000, "CNY")))
                .build();
    }
}
