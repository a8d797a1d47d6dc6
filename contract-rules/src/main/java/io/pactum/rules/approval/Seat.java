package io.pactum.rules.approval;

import io.pactum.core.contract.UserId;
import java.util.List;

/**
 * One seat of a stage: satisfied when any one of its candidates approves. Immutable and thread-safe.
 *
 * @param source the approver spec it came from, described ({@code role finance})
 * @param candidates who may take the seat, never empty
 * @param notes how the candidates were found (delegations, absences, separation of duties)
 */
public record Seat(String source, List<UserId> candidates, List<String> notes) {

    /** Copies the lists. */
    public Seat {
        candidates = List.copyOf(candidates);
        notes = List.copyOf(notes);
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("a seat has at least one candidate");
        }
    }
}
