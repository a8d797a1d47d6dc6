package io.pactum.rules.approval;

import io.pactum.core.contract.UserId;
import io.pactum.rules.RuleError;
import io.pactum.rules.facts.ContractFacts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves approver specs to seats for one route: separation of duties (owner and submitter
 * never sit), absences (the delegate sits instead, or nobody), and merging of people already
 * holding a seat of their own earlier in the route.
 */
final class Resolver {

    private final ContractFacts facts;
    private final OrgStructure org;
    private final LocalDate on;
    private final boolean oncePerRoute;
    private final Set<UserId> excluded = new HashSet<>();
    /** People who are the only candidate of a seat earlier on the route. */
    private final Set<UserId> seated = new HashSet<>();
    private final Set<List<UserId>> seatsSoFar = new HashSet<>();

    Resolver(ContractFacts facts, OrgStructure org, LocalDate on, boolean oncePerRoute) {
        this.facts = facts;
        this.org = org;
        this.on = on;
        this.oncePerRoute = oncePerRoute;
        excluded.add(facts.owner());
        excluded.add(facts.submitter());
    }

    List<Seat> seats(ApproverSpec spec, String stage) {
        List<Seat> out = new ArrayList<>();
        if (spec instanceof ApproverSpec.ManagerChain) {
            int levels = ((ApproverSpec.ManagerChain) spec).levels();
            UserId current = facts.owner();
            for (int level = 1; level <= levels; level++) {
                Optional<UserId> m = org.managerOf(current);
                if (m.isEmpty()) {
                    if (level == 1) {
                        throw noOne(spec, stage, "owner " + facts.owner() + " has no manager");
                    }
                    break;
                }
                current = m.get();
                seat(spec.describe() + " (level " + level + ")", List.of(current), true, spec, stage, out);
            }
            return out;
        }
        List<UserId> raw;
        boolean escalatable = true;
        if (spec instanceof ApproverSpec.Role) {
            raw = org.holdersOf(((ApproverSpec.Role) spec).role());
            escalatable = false;
        } else if (spec instanceof ApproverSpec.Group) {
            raw = new ArrayList<>(org.group(((ApproverSpec.Group) spec).group()).orElse(Set.of()));
            escalatable = false;
        } else if (spec instanceof ApproverSpec.User) {
            raw = List.of(((ApproverSpec.User) spec).user());
        } else {
            raw = org.headOf(facts.department()).map(List::of).orElse(List.of());
        }
        if (raw.isEmpty()) {
            throw noOne(spec, stage, "nobody is " + spec.describe() + " for department " + facts.department());
        }
        seat(spec.describe(), raw, escalatable, spec, stage, out);
        return out;
    }

    private void seat(String source, List<UserId> raw, boolean escalatable, ApproverSpec spec, String stage,
            List<Seat> out) {
        List<String> notes = new ArrayList<>();
        Set<UserId> candidates = new LinkedHashSet<>();
        UserId firstRemoved = null;
        for (UserId u : raw) {
            Optional<UserId> eligible = eligible(u, notes);
            if (eligible.isPresent()) {
                candidates.add(eligible.get());
            } else if (firstRemoved == null) {
                firstRemoved = u;
            }
        }
        if (candidates.isEmpty() && escalatable && firstRemoved != null) {
            // Nobody named may sit (the owner is the department head, say): the next manager up does.
            UserId current = firstRemoved;
            while (candidates.isEmpty()) {
                Optional<UserId> m = org.managerOf(current);
                if (m.isEmpty()) {
                    break;
                }
                current = m.get();
                Optional<UserId> e = eligible(current, notes);
                if (e.isPresent()) {
                    candidates.add(e.get());
                    notes.add("seat passed up to " + e.get() + ", manager of " + firstRemoved);
                }
            }
        }
        if (candidates.isEmpty()) {
            throw noOne(spec, stage, String.join("; ", notes));
        }
        if (oncePerRoute) {
            List<UserId> before = new ArrayList<>(candidates);
            candidates.removeAll(seated);
            if (candidates.isEmpty()) {
                // Everyone here already holds a seat of their own earlier: merged into it.
                return;
            }
            if (before.size() != candidates.size()) {
                notes.add("merged: " + before.stream().filter(seated::contains).map(UserId::toString)
                        .reduce((a, b) -> a + ", " + b).orElse("") + " already approve earlier on this route");
            }
        }
        List<UserId> list = List.copyOf(candidates);
        if (!seatsSoFar.add(list) && oncePerRoute) {
            return;
        }
        if (list.size() == 1) {
            seated.add(list.get(0));
        }
        out.add(new Seat(source, list, notes));
    }

    private Optional<UserId> eligible(UserId u, List<String> notes) {
        if (excluded.contains(u)) {
            notes.add(u + " is " + (u.equals(facts.owner()) ? "the owner" : "the submitter")
                    + " and never approves their own contract");
            return Optional.empty();
        }
        if (org.isAbsent(u, on)) {
            Optional<UserId> d = org.delegateOf(u, on);
            if (d.isPresent() && !excluded.contains(d.get())) {
                notes.add(d.get() + " approves for " + u + ", absent on " + on);
                return d;
            }
            notes.add(u + " is absent on " + on + " without a delegate");
            return Optional.empty();
        }
        return Optional.of(u);
    }

    List<UserId> escalation(ApproverSpec spec) {
        List<UserId> raw;
        if (spec instanceof ApproverSpec.Role) {
            raw = org.holdersOf(((ApproverSpec.Role) spec).role());
        } else if (spec instanceof ApproverSpec.Group) {
            raw = new ArrayList<>(org.group(((ApproverSpec.Group) spec).group()).orElse(Set.of()));
        } else if (spec instanceof ApproverSpec.User) {
            raw = List.of(((ApproverSpec.User) spec).user());
        } else if (spec instanceof ApproverSpec.ManagerChain) {
            raw = org.managerOf(facts.owner()).map(List::of).orElse(List.of());
        } else {
            raw = org.headOf(facts.department()).map(List::of).orElse(List.of());
        }
        List<UserId> out = new ArrayList<>();
        for (UserId u : raw) {
            if (!excluded.contains(u)) {
                out.add(u);
            }
        }
        return out;
    }

    private ApprovalException noOne(ApproverSpec spec, String stage, String why) {
        return new ApprovalException(RuleError.NO_ELIGIBLE_APPROVER, "stages." + stage, "stage " + stage + ": no "
                + "eligible approver for " + spec.describe() + " on contract " + facts.contractId() + " (owner "
                + facts.owner() + ", submitter " + facts.submitter() + ", department " + facts.department() + "): "
                + why);
    }
}
