package io.pactum.rules.approval;

/** What a material change (amount, a clause) does to a running approval. */
public enum MaterialChangeReset {
    /** Route again from the first stage; every approval so far is void. */
    RESTART_ROUTE,
    /** Keep the stages already approved; the current stage starts over with the new route. */
    REPEAT_CURRENT_STAGE
}
