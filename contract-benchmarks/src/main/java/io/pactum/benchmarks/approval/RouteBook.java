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

    private final Map<Long, String> routes = new HashMap<>();
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
        String r = routes.get(bits);
        if (r == null) {
            r = assemble(bits);
            routes.put(bits, r);
        }
        return r;
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
