package io.pactum.rules.approval;

import java.util.Objects;

/**
 * How many seats of a stage must approve: all (会签), any one (或签), or a quorum of n.
 * Immutable and thread-safe.
 *
 * @param kind all, any or quorum
 * @param quorum the quorum for {@link Kind#QUORUM}; 0 otherwise
 */
public record ApprovalMode(Kind kind, int quorum) {

    /** The kinds of mode. */
    public enum Kind {
        /** Every seat approves (会签). */
        ALL,
        /** One seat approves (或签). */
        ANY,
        /** At least n seats approve. */
        QUORUM
    }

    /** Checks the quorum. */
    public ApprovalMode {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.QUORUM ? quorum < 1 : quorum != 0) {
            throw new IllegalArgumentException("quorum must be at least 1 for QUORUM and 0 otherwise, got " + quorum);
        }
    }

    /** Every seat approves. */
    public static ApprovalMode all() {
        return new ApprovalMode(Kind.ALL, 0);
    }

    /** One seat approves. */
    public static ApprovalMode any() {
        return new ApprovalMode(Kind.ANY, 0);
    }

    /** At least n seats approve. */
    public static ApprovalMode quorum(int n) {
        return new ApprovalMode(Kind.QUORUM, n);
    }

    /** The number of seat approvals a stage with this many seats needs. */
    public int required(int seats) {
        switch (kind) {
            case ALL:
                return seats;
            case ANY:
                return Math.min(1, seats);
            default:
                return quorum;
        }
    }

    @Override
    public String toString() {
        return kind == Kind.QUORUM ? "QUORUM " + quorum : kind.name();
    }
}
