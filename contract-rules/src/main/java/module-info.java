/**
 * Pactum's rules: the closed condition grammar, approval routing and the approval process, and
 * risk alerts. Rules are data; evaluation is pure.
 */
module io.pactum.rules {
    requires transitive io.pactum.core;
    requires static transitive org.jspecify;

}
