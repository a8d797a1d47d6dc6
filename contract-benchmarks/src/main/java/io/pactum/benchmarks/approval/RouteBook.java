package io.pactum.benchmarks.approval;

import io.pactum.rules.approval.ApproverSpec;
import io.pactum.rules.approval.PlannedStage;
import io.pactum.rules.approval.RoutePlan;
import io.pactum.rules.approval.StageAddition;
import io.pactum.rules.approval.StageDefinition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns the set of fired rules into a route for the peers (plain Java, memoised per set, as
 * Pactum memoises its plans), and writes Pactum's plans in the same form for the check.
 */
final class RouteBook {

    /** Open addressing on the fired-rule bits: the floor should not pay for boxing. */
    private long[] keys = new long[1024];
    private String[] values = new String[1024];
    private int size;
    private final List<List<StageAddition>> adds = new ArrayList<>();
    private final Map<String, Integer> order = new HashMap<>();

    RouteBook() {
        for (BenchPolicy.Spec s : BenchPolicy.specs()) {
            adds.add(s.adds());
        }
        adds.add(BenchPolicy.catchAllAdds());
        for (StageDefinition d : BenchPolicy.stages()) {
            order.put(d.name(), d.order());
        }
    }

    String route(long bits) {
        int mask = keys.length - 1;
        int i = mix(bits) & mask;
        while (true) {
            String r = values[i];
            if (r == null) {
                break;
            }
            if (keys[i] == bits) {
                return r;
            }
            i = (i + 1) & mask;
        }
        String r = assemble(bits);
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        insert(bits, r);
        size++;
        return r;
    }

    private void grow() {
        long[] oldKeys = keys;
        String[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new String[oldValues.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != null) {
                insert(oldKeys[i], oldValues[i]);
            }
        }
    }

    private void insert(long key, String value) {
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (values[i] != null) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    private String assemble(long bits) {
        Map<String, Set<String>> stages = new LinkedHashMap<>();
        for (int i = 0; i < adds.size(); i++) {
            if ((bits & (1L << i)) != 0) {
                for (StageAddition a : adds.get(i)) {
                    Set<String> roles = stages.computeIfAbsent(a.stage(), k -> new LinkedHashSet<>());
                    a.approvers().forEach(ap -> roles.add(((ApproverSpec.Role) ap).role()));
                }
            }
        }
        List<String> names = new ArrayList<>(stages.keySet());
        names.sort(Comparator.comparingInt(order::get));
        Set<String> seen = new LinkedHashSet<>();
        StringBuilder sb = new StringBuilder();
        for (String n : names) {
            List<String> left = stages.get(n).stream().filter(r -> !seen.contains(r)).collect(Collectors.toList());
            seen.addAll(left);
            if (!left.isEmpty()) {
                sb.append(sb.length() == 0 ? "" : " > ").append(n).append(left);
            }
        }
        return sb.toString();
    }

    static String of(RoutePlan plan) {
        StringBuilder sb = new StringBuilder();
        for (PlannedStage s : plan.stages()) {
            sb.append(sb.length() == 0 ? "" : " > ").append(s.stage().name()).append(s.approvers().stream()
                    .map(a -> ((ApproverSpec.Role) a).role()).collect(Collectors.toList()));
        }
        return sb.toString();
    }
}
