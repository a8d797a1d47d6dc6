/**
 * Pactum's rules: the closed condition grammar, approval routing and the approval process, and
 * risk alerts. Rules are data; evaluation is pure.
 */
module io.pactum.rules {
    requires transitive io.pactum.core;
    requires static transitive org.jspecify;

    exports io.pactum.rules;
    exports io.pactum.rules.facts;
    exports io.pactum.rules.condition;
    exports io.pactum.rules.approval;
    exports io.pactum.rules.risk;
}
