package io.pactum.rules.approval;

import io.pactum.core.error.Violation;
import io.pactum.rules.RuleError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The static checks of a policy, run before it is used. Paths are JSON pointers into the
 * policy's JSON form ({@code /rules/2/when}), so that a file's author finds the spot.
 */
final class PolicyChecks {

    private PolicyChecks() {
    }

    /** Checks that need only the policy. */
    static List<Violation> structure(ApprovalPolicy policy) {
        List<Violation> out = new ArrayList<>();
        Set<String> stageNames = new HashSet<>();
        for (int i = 0; i < policy.stages().size(); i++) {
            if (!stageNames.add(policy.stages().get(i).name())) {
                out.add(new Violation("/stages/" + i + "/name", RuleError.DUPLICATE_ID,
                        "stage \"" + policy.stages().get(i).name() + "\" is defined twice"));
            }
        }
        Set<String> ruleIds = new HashSet<>();
        List<ApprovalRule> rules = policy.rules();
        int catchAll = -1;
        for (int i = 0; i < rules.size(); i++) {
            ApprovalRule r = rules.get(i);
            String at = "/rules/" + i;
            if (!ruleIds.add(r.id())) {
                out.add(new Violation(at + "/id", RuleError.DUPLICATE_ID, "rule id \"" + r.id() + "\" is used twice"));
            }
            for (int j = 0; j < r.adds().size(); j++) {
                if (!stageNames.contains(r.adds().get(j).stage())) {
                    out.add(new Violation(at + "/adds/" + j + "/stage", RuleError.UNKNOWN_STAGE, "rule " + r.id()
                            + " adds to stage \"" + r.adds().get(j).stage() + "\", which the policy does not define; "
                            + "stages: " + String.join(", ", stageNames)));
                }
            }
            if (catchAll >= 0) {
                out.add(new Violation(at, RuleError.UNREACHABLE_RULE, "rule " + r.id()
                        + " follows the catch-all rule " + rules.get(catchAll).id() + " and can never apply"));
            } else if (r.isCatchAll()) {
                catchAll = i;
            } else if (!Satisfiability.canHold(r.when())) {
                out.add(new Violation(at + "/when", RuleError.UNREACHABLE_RULE, "rule " + r.id()
                        + " can never apply: its condition contradicts itself: " + r.when()));
            }
        }
        if (catchAll < 0) {
            out.add(new Violation("/rules", RuleError.NO_CATCH_ALL, "the last rule must be a catch-all (a rule "
                    + "without \"when\") so that every contract gets a route"));
        }
        bands(policy, out);
        quorums(policy, out);
        return out;
    }

    private static void bands(ApprovalPolicy policy, List<Violation> out) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < policy.rules().size(); i++) {
            String band = policy.rules().get(i).band();
            if (band != null) {
                groups.computeIfAbsent(band, k -> new ArrayList<>()).add(i);
            }
        }
        String cur = policy.currency().getCurrencyCode();
        for (Map.Entry<String, List<Integer>> g : groups.entrySet()) {
            List<int[]> idx = new ArrayList<>();
            Map<Integer, AmountRange> ranges = new HashMap<>();
            for (int i : g.getValue()) {
                ApprovalRule r = policy.rules().get(i);
                AmountRange range = AmountRange.of(r.when()).orElse(null);
                if (range == null) {
                    out.add(new Violation("/rules/" + i + "/when", RuleError.BAND_WITHOUT_AMOUNT, "rule " + r.id()
                            + " is in band group " + g.getKey() + " but its condition has no amount range at top level"));
                } else {
                    ranges.put(i, range);
                    idx.add(new int[] {i});
                }
            }
            idx.sort((a, b) -> ranges.get(a[0]).compareLow(ranges.get(b[0])));
            if (idx.isEmpty()) {
                continue;
            }
            AmountRange first = ranges.get(idx.get(0)[0]);
            if (first.low() != null && (first.low().signum() > 0 || first.low().signum() == 0 && !first.lowInclusive())) {
                out.add(new Violation("/rules/" + idx.get(0)[0] + "/when", RuleError.BAND_GAP, "band group "
                        + g.getKey() + ": amounts from 0 up to " + first.low().toPlainString() + " " + cur
                        + " are in no band"));
            }
            for (int k = 1; k < idx.size(); k++) {
                int prevRule = idx.get(k - 1)[0];
                int rule = idx.get(k)[0];
                AmountRange prev = ranges.get(prevRule);
                AmountRange next = ranges.get(rule);
                String names = policy.rules().get(prevRule).id() + " " + prev.describe() + " and "
                        + policy.rules().get(rule).id() + " " + next.describe();
                if (prev.overlaps(next)) {
                    out.add(new Violation("/rules/" + rule + "/when", RuleError.BAND_OVERLAP, "band group "
                            + g.getKey() + ": " + names + " overlap (" + cur + ")"));
                } else if (prev.gapBefore(next)) {
                    out.add(new Violation("/rules/" + rule + "/when", RuleError.BAND_GAP, "band group "
                            + g.getKey() + ": between " + names + " lie amounts in no band (" + cur + ")"));
                }
            }
            int lastRule = idx.get(idx.size() - 1)[0];
            AmountRange last = ranges.get(lastRule);
            if (last.high() != null) {
                out.add(new Violation("/rules/" + lastRule + "/when", RuleError.BAND_GAP, "band group " + g.getKey()
                        + ": amounts from " + last.high().toPlainString() + " " + cur + " up are in no band"));
            }
        }
    }

    private static void quorums(ApprovalPolicy policy, List<Violation> out) {
        for (int s = 0; s < policy.stages().size(); s++) {
            StageDefinition stage = policy.stages().get(s);
            if (stage.mode().kind() != ApprovalMode.Kind.QUORUM) {
                continue;
            }
            Set<ApproverSpec> all = new HashSet<>();
            for (ApprovalRule r : policy.rules()) {
                for (StageAddition a : r.adds()) {
                    if (a.stage().equals(stage.name())) {
                        all.addAll(a.approvers());
                    }
                }
            }
            int seats = all.stream().mapToInt(a -> a instanceof ApproverSpec.ManagerChain
                    ? ((ApproverSpec.ManagerChain) a).levels() : 1).sum();
            if (seats < stage.mode().quorum()) {
                out.add(new Violation("/stages/" + s + "/quorum", RuleError.QUORUM_TOO_LARGE, "stage " + stage.name()
                        + " needs a quorum of " + stage.mode().quorum() + " but all rules together add only "
                        + seats + " seat(s)"));
            }
        }
    }

    /** Checks of the names a policy uses against an organisation. */
    static List<Violation> against(ApprovalPolicy policy, OrgStructure org) {
        List<Violation> out = new ArrayList<>();
        for (int s = 0; s < policy.stages().size(); s++) {
            ApproverSpec e = policy.stages().get(s).escalateTo();
            if (e != null) {
                known(e, org, "/stages/" + s + "/escalateTo", out);
            }
        }
        for (int i = 0; i < policy.rules().size(); i++) {
            List<StageAddition> adds = policy.rules().get(i).adds();
            for (int j = 0; j < adds.size(); j++) {
                for (int k = 0; k < adds.get(j).approvers().size(); k++) {
                    known(adds.get(j).approvers().get(k), org, "/rules/" + i + "/adds/" + j + "/approvers/" + k, out);
                }
            }
        }
        return out;
    }

    private static void known(ApproverSpec a, OrgStructure org, String at, List<Violation> out) {
        if (a instanceof ApproverSpec.Role && !org.hasRole(((ApproverSpec.Role) a).role())) {
            out.add(new Violation(at + "/role", RuleError.UNKNOWN_APPROVER, "nobody holds role \""
                    + ((ApproverSpec.Role) a).role() + "\""));
        } else if (a instanceof ApproverSpec.Group && org.group(((ApproverSpec.Group) a).group()).isEmpty()) {
            out.add(new Violation(at + "/group", RuleError.UNKNOWN_APPROVER, "there is no group \""
                    + ((ApproverSpec.Group) a).group() + "\""));
        } else if (a instanceof ApproverSpec.User && org.person(((ApproverSpec.User) a).user()).isEmpty()) {
            out.add(new Violation(at + "/user", RuleError.UNKNOWN_APPROVER, "there is no user \""
                    + ((ApproverSpec.User) a).user() + "\""));
        }
    }
}
