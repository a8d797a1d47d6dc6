package io.pactum.spi.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pactum.core.error.PactumException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The access policy reader, fed a good policy with one property removed or replaced by a hostile
 * value, fails only with a typed {@link PactumException}, and what it accepts writes back and
 * reads back equal.
 */
class AccessPolicyJsonMutationTest {

    static final ObjectMapper M = JsonMapper.builder().build();

    static final String POLICY = """
            {"rules": [{"name": "finance approves", "roles": ["approver", "finance"], "actions": ["APPROVE", "REJECT"],
                        "statuses": ["IN_APPROVAL"], "maxConfidentiality": "CONFIDENTIAL", "scope": "ANY_DEPARTMENT"},
                       {"name": "readers", "actions": ["READ"]}]}
            """;

    static final List<JsonNode> VALUES = new ArrayList<>();
    static {
        for (String s : List.of("null", "\"\"", "\"x\"", "0", "-1", "1.5", "1e400", "-1e400", "2147483648",
                "9223372036854775808", "true", "[]", "{}", "[null]", "[{}]", "\"P999999999Y\"", "\"9999-12-31\"",
                "\"+999999999-12-31\"", "\"-999999999-01-01\"", "\"PT2562047788015215H\"", "\"1e400\"", "\"-0\"",
                "\"99999999999999999999.99\"", "{\"kind\":\"x\"}", "\"2026-02-29\"", "\"0001-01-01\"",
                "\"2026-01-31\"", "1e-400", "1e999999999", "1e-999999999", "-1e999999999", "\"P-1D\"", "\"PT-1H\"", "\"P0D\"")) {
            VALUES.add(M.readTree(s));
        }
    }

    @Test
    void read_policyMutatedOnce_throwsOnlyTypedErrorsAndRoundTrips() {
        JsonNode root = M.readTree(POLICY);
        List<String> paths = new ArrayList<>();
        collect(root, "", paths);
        Map<String, String> failures = new LinkedHashMap<>();
        for (String p : paths) {
            List<JsonNode> variants = new ArrayList<>();
            if (!p.isEmpty()) {
                variants.add(null);
            }
            variants.addAll(VALUES);
            for (JsonNode v : variants) {
                JsonNode mutated = p.isEmpty() ? v : mutate(root.deepCopy(), p, v);
                String text = mutated.toString();
                try {
                    AccessPolicy read = AccessPolicyJson.read(text);
                    if (!read.equals(AccessPolicyJson.read(AccessPolicyJson.write(read)))) {
                        failures.putIfAbsent("round trip " + p, text);
                    }
                } catch (PactumException e) {
                    // the expected outcome for a broken policy
                } catch (RuntimeException e) {
                    StackTraceElement at = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
                    failures.putIfAbsent(e.getClass().getSimpleName() + " " + at,
                            p + " = " + (v == null ? "<removed>" : v) + " : " + e);
                }
            }
        }
        assertEquals(Map.of(), failures);
    }

    static void collect(JsonNode n, String p, List<String> out) {
        out.add(p);
        if (n.isObject()) {
            for (String name : n.propertyNames()) collect(n.get(name), p + "/" + name, out);
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) collect(n.get(i), p + "/" + i, out);
        }
    }

    static JsonNode mutate(JsonNode root, String p, JsonNode v) {
        int slash = p.lastIndexOf('/');
        String parentPath = p.substring(0, slash);
        String last = p.substring(slash + 1);
        JsonNode parent = parentPath.isEmpty() ? root : root.at(parentPath);
        if (parent instanceof ObjectNode o) {
            if (v == null) o.remove(last); else o.set(last, v.deepCopy());
        } else if (parent instanceof ArrayNode a) {
            int i = Integer.parseInt(last);
            if (v == null) a.remove(i); else a.set(i, v.deepCopy());
        }
        return root;
    }
}
