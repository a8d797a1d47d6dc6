package io.pactum.rules.risk;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How two alert sets of the same portfolio differ, by key: alerts raised since the earlier set,
 * alerts still open (in their later version), and alerts resolved. An alert whose aging bucket
 * moved on is resolved under its old key and raised under its new one.
 *
 * <p>Immutable and thread-safe.
 *
 * @param raised alerts in the later set only, ordered by key
 * @param stillOpen alerts in both sets (the later version), ordered by key
 * @param resolved alerts in the earlier set only, ordered by key
 */
public record AlertDiff(List<Alert> raised, List<Alert> stillOpen, List<Alert> resolved) {

    /** Copies the lists. */
    public AlertDiff {
        raised = List.copyOf(raised);
        stillOpen = List.copyOf(stillOpen);
        resolved = List.copyOf(resolved);
    }

    /**
     * Compares two alert sets by key.
     *
     * @param before the earlier alerts
     * @param after the later alerts
     * @return the difference
     */
    public static AlertDiff between(Collection<Alert> before, Collection<Alert> after) {
        Map<String, Alert> old = byKey(before);
        Map<String, Alert> now = byKey(after);
        List<Alert> raised = new ArrayList<>();
        List<Alert> open = new ArrayList<>();
        List<Alert> resolved = new ArrayList<>();
        now.forEach((k, a) -> (old.containsKey(k) ? open : raised).add(a));
        old.forEach((k, a) -> {
            if (!now.containsKey(k)) {
                resolved.add(a);
            }
        });
        Comparator<Alert> byKey = Comparator.comparing(Alert::key);
        raised.sort(byKey);
        open.sort(byKey);
        resolved.sort(byKey);
        return new AlertDiff(raised, open, resolved);
    }

    private static Map<String, Alert> byKey(Collection<Alert> alerts) {
        Map<String, Alert> m = new LinkedHashMap<>();
        for (Alert a : alerts) {
            m.put(a.key(), a);
        }
        return m;
    }

    /** Whether nothing was raised or resolved. */
    public boolean isQuiet() {
        return raised.isEmpty() && resolved.isEmpty();
    }
}
