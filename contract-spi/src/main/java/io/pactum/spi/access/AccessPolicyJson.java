package io.pactum.spi.access;

import io.pactum.core.contract.ConfidentialityLevel;
import io.pactum.core.contract.ContractStatus;
import io.pactum.core.error.ValidationException;
import io.pactum.core.json.JsonInput;
import io.pactum.core.json.JsonObjectReader;
import io.pactum.core.json.JsonOutput;
import io.pactum.core.json.JsonValueReader;
import io.pactum.spi.SpiError;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The JSON form of an {@link AccessPolicy}, so that hosts keep their policy as data:
 *
 * <pre>{@code
 * {"rules": [
 *   {"name": "finance approves", "roles": ["approver"], "actions": ["APPROVE", "REJECT"],
 *    "statuses": ["IN_APPROVAL"], "maxConfidentiality": "CONFIDENTIAL", "scope": "ANY_DEPARTMENT"}
 * ]}
 * }</pre>
 *
 * <p>{@code roles} and {@code statuses} may be omitted (any); {@code maxConfidentiality} defaults
 * to {@code INTERNAL} and {@code scope} to {@code OWN_DEPARTMENT}, the narrow choices. Reading is
 * strict: every problem is reported at once with its JSON pointer.
 *
 * <p>Stateless and thread-safe.
 */
public final class AccessPolicyJson {

    private AccessPolicyJson() {
    }

    /**
     * Reads a policy.
     *
     * @throws ValidationException with every problem, each at its JSON pointer
     */
    public static AccessPolicy read(String json) {
        Objects.requireNonNull(json, "json");
        return JsonInput.standard().read("access policy", json, AccessPolicyJson::policy);
    }

    /** Writes a policy in the form {@link #read} reads. */
    public static String write(AccessPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        return JsonOutput.pretty().write(w -> w.objects("rules", policy.rules(), (o, r) -> o
                .string("name", r.name())
                .strings("roles", new java.util.TreeSet<>(r.roles()))
                .strings("actions", EnumSet.copyOf(r.actions()).stream().map(Enum::name).toList())
                .strings("statuses", r.statuses().isEmpty() ? List.of()
                        : EnumSet.copyOf(r.statuses()).stream().map(Enum::name).toList())
                .enumValue("maxConfidentiality", r.maxConfidentiality())
                .enumValue("scope", r.scope())));
    }

    private static @Nullable AccessPolicy policy(JsonObjectReader o) {
        List<AccessRule> rules = new ArrayList<>();
        for (JsonObjectReader r : o.objects("rules")) {
            AccessRule rule = rule(r);
            if (rule != null) {
                rules.add(rule);
            }
        }
        return o.build(() -> new AccessPolicy(rules));
    }

    private static @Nullable AccessRule rule(JsonObjectReader r) {
        String name = r.string("name");
        Set<String> roles = new LinkedHashSet<>(r.strings("roles"));
        Set<Action> actions = enums(r, "actions", Action.class);
        Set<ContractStatus> statuses = enums(r, "statuses", ContractStatus.class);
        if (!r.has("actions")) {
            r.error("actions", SpiError.BAD_ACCESS_POLICY, "a rule must list the actions it allows");
        }
        ConfidentialityLevel max = r.enumValue("maxConfidentiality", ConfidentialityLevel.class,
                ConfidentialityLevel.INTERNAL);
        Scope scope = r.enumValue("scope", Scope.class, Scope.OWN_DEPARTMENT);
        return r.build(() -> new AccessRule(name, roles, actions, statuses, max, scope));
    }

    private static <E extends Enum<E>> Set<E> enums(JsonObjectReader r, String name, Class<E> type) {
        Set<E> out = EnumSet.noneOf(type);
        for (JsonValueReader v : r.values(name)) {
            String s = v.asString();
            if (s == null) {
                continue;
            }
            try {
                out.add(Enum.valueOf(type, s));
            } catch (IllegalArgumentException e) {
                v.error(SpiError.BAD_ACCESS_POLICY, "\"" + s + "\" is not one of " + EnumSet.allOf(type));
            }
        }
        return out;
    }
}
