package io.pactum.rules.risk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The alerts that came and went while one monitor call re-evaluated some obligations, and the
 * diff assembled from them. It exists so that the monitor can build a change's diff from what
 * changed (the came and gone alerts of the re-evaluated obligations) instead of comparing the
 * contract's whole before and after lists, without that bookkeeping cluttering the monitor. The
 * two lists are reused from call to call, so recording a change allocates nothing.
 *
 * <p>Not thread-safe: belongs to one monitor.
 */
final class AlertChanges {

    /** The order of every list the monitor returns. */
    static final Comparator<Alert> BY_KEY = Comparator.comparing(Alert::key);

    // alerts of re-evaluated obligations that went away and that came
    private final ArrayList<Alert> gone = new ArrayList<>();
    private final ArrayList<Alert> came = new ArrayList<>();

    /** Records an obligation's alert that went away. */
    void gone(Alert a) {
        gone.add(a);
    }

    /** Records an obligation's alert that came. */
    void came(Alert a) {
        came.add(a);
    }

    /** Forgets the changes recorded (for calls that report their diff another way). */
    void clear() {
        came.clear();
        gone.clear();
    }

    /**
     * The diff of the changes recorded, given all the contract's current alerts: the alerts that
     * went away are resolved, those that came are raised, the rest are still open. Clears the
     * record.
     *
     * @param open the contract's current alerts; the ones that came are taken out
     */
    AlertDiff diff(List<Alert> open) {
        try {
            if (!came.isEmpty()) {
                open.removeIf(a -> {
                    for (Alert c : came) {
                        if (c == a) {
                            return true;
                        }
                    }
                    return false;
                });
            }
            return new AlertDiff(sorted(came), sorted(open), sorted(gone));
        } finally {
            clear();
        }
    }

    private static List<Alert> sorted(List<Alert> alerts) {
        if (alerts.size() > 1) {
            alerts.sort(BY_KEY);
        }
        return alerts;
    }
}
