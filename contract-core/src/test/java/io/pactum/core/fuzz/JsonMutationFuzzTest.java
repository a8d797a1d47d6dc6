package io.pactum.core.fuzz;

import io.pactum.core.calendar.BusinessCalendars;
import io.pactum.core.codec.ContractJson;
import io.pactum.core.codec.ContractTypeJson;
import io.pactum.core.error.PactumException;
import io.pactum.core.obligation.ObligationPlans;
import io.pactum.core.reminder.ReminderPolicies;
import io.pactum.core.template.TemplateJson;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every JSON reader, fed its good fixture with one property removed or replaced by a hostile value
 * (null, wrong type, empty, huge, out-of-range dates and periods), fails only with a typed
 * {@link PactumException}: never a NullPointerException, DateTimeException or Jackson exception
 * from inside the library. The readers that feed the scheduler and the reminder planner are
 * followed through them too, since a value the reader accepts must not break what comes next; plans,
 * contracts and contract types that are accepted must also write and read back equal.
 */
class JsonMutationFuzzTest {
    static final ObjectMapper M = JsonMapper.builder().build();
    static final io.pactum.core.validation.ContractValidator VALIDATOR = io.pactum.core.validation.ContractValidator.create();

    @org.junit.jupiter.api.AfterAll
    static void closeValidator() {
        VALIDATOR.close();
    }

    static String res(String p) {
        try (InputStream in = JsonMutationFuzzTest.class.getResourceAsStream(p)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (Exception e) { throw new RuntimeException(e); }
    }

    static final String PLAN = resOrNull("/io/pactum/core/obligation/full-plan.json");
    static final String REMINDER = """
            {"id": "standard", "zone": "Asia/Shanghai", "sendAt": "09:00",
             "leadTimes": ["P7D", "P3D", "P1D"], "recipients": ["OWNER"], "channels": ["email"],
             "escalation": [{"after": "P1D", "recipients": ["OWNER_MANAGER"], "channels": ["email"]},
                            {"after": "P7D", "recipients": ["DEPARTMENT_HEAD"], "channels": ["email"]}]}
            """;
    static final String CAL = """
            {"name": "GULF", "weekend": ["FRIDAY", "SATURDAY"],
             "holidays": [{"date": "2026-03-20", "name": "Eid"}],
             "workingDays": [{"date": "2026-03-21", "name": "make-up"}], "lastYearCovered": 2026}
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

    record Target(String name, String seed, Consumer<String> reader) {}

    @Test
    void readers_everyFixtureMutatedOnce_throwOnlyTypedErrors() {
        var res = (io.pactum.core.template.ResourceLoader) n -> Optional.ofNullable(resOrNull("/templates/" + n));
        List<Target> targets = List.of(
                new Target("plan", PLAN, s -> roundTrip(ObligationPlans.fromJson(s), ObligationPlans::toJson,
                        ObligationPlans::fromJson)),
                new Target("reminder", REMINDER, ReminderPolicies::fromJson),
                new Target("plan-schedule", PLAN, s -> io.pactum.core.obligation.ObligationScheduler.using(
                        io.pactum.core.calendar.BusinessCalendar.chinaMainland()).schedule(ObligationPlans.fromJson(s),
                        io.pactum.core.obligation.ScheduleInput.of(io.pactum.core.contract.ContractId.of("C-1"),
                                io.pactum.core.money.Money.of("100000.00", "CNY"),
                                io.pactum.core.contract.Term.fixed(java.time.LocalDate.of(2026, 3, 1),
                                        java.time.LocalDate.of(2027, 2, 28)),
                                io.pactum.core.obligation.Owner.role("x"))
                                .withEvent(io.pactum.core.obligation.EventType.SIGNATURE, java.time.LocalDate.of(2026, 3, 1))
                                .withFulfilment("fee", java.time.LocalDate.of(2026, 5, 1)))),
                new Target("reminder-plan", REMINDER, s -> io.pactum.core.reminder.ReminderPlanner.remindersIn(
                        ReminderPolicies.fromJson(s), List.of(new io.pactum.core.reminder.ReminderSubject("C-1/pay#0",
                                java.time.LocalDate.parse("2026-03-30"), io.pactum.core.obligation.Owner.role("f"), true),
                                new io.pactum.core.reminder.ReminderSubject("C-1/pay#1",
                                java.time.LocalDate.parse("+999999999-12-31"), io.pactum.core.obligation.Owner.role("f"), true)),
                        java.time.Instant.parse("2026-01-01T00:00:00Z"), java.time.Instant.parse("2027-01-01T00:00:00Z"))),
                new Target("calendar", CAL, BusinessCalendars::fromJson),
                new Target("cn2026", res("/io/pactum/core/calendar/holiday-cn-2026.json"),
                        s -> BusinessCalendars.fromHolidayCn("CN", List.of(s))),
                new Target("contract", res("/io/pactum/core/codec/service-contract.json"),
                        s -> roundTrip(ContractJson.read(s), ContractJson::write, ContractJson::read)),
                new Target("template", res("/templates/service-zh/template.json"), s -> TemplateJson.readTemplate(s, res)),
                new Target("template-sales", res("/templates/sales-en/template.json"), s -> TemplateJson.readTemplate(s, res)),
                new Target("library", res("/templates/clauses/library-en.json"), s -> TemplateJson.readClauseLibrary(s, res)),
                new Target("values", res("/templates/service-zh/values.json"), s -> TemplateJson.readValues(s, version(res, "service-zh").schema())),
                new Target("values-sales", res("/templates/sales-en/values.json"), s -> TemplateJson.readValues(s, version(res, "sales-en").schema())),
                new Target("compose-zh", res("/templates/service-zh/values.json"), s -> compose(res, "service-zh", s)),
                new Target("compose-sales", res("/templates/sales-en/values.json"), s -> compose(res, "sales-en", s)),
                new Target("compose-nda", res("/templates/nda-en/values.json"), s -> compose(res, "nda-en", s)),
                new Target("contract-validate", res("/io/pactum/core/codec/service-contract.json"),
                        s -> VALIDATOR.check(ContractJson.read(s), ContractTypeJson.read(res("/io/pactum/core/fuzz/service-type.json")))),
                new Target("ctype-validate", res("/io/pactum/core/fuzz/service-type.json"),
                        s -> VALIDATOR.check(ContractJson.read(res("/io/pactum/core/codec/service-contract.json")), ContractTypeJson.read(s))),
                new Target("ctype", res("/io/pactum/core/fuzz/service-type.json"),
                        s -> roundTrip(ContractTypeJson.read(s), ContractTypeJson::write, ContractTypeJson::read)));
        Map<String, String> failures = new LinkedHashMap<>();
        for (Target t : targets) {
            JsonNode root = M.readTree(t.seed());
            t.reader().accept(t.seed());
            List<String> paths = new ArrayList<>();
            collect(root, "", paths);
            for (String p : paths) {
                List<JsonNode> variants = new ArrayList<>();
                if (!p.isEmpty()) {
                    variants.add(null); // remove
                }
                variants.addAll(VALUES);
                for (JsonNode v : variants) {
                    JsonNode copy = root.deepCopy();
                    JsonNode mutated = p.isEmpty() ? v : mutate(copy, p, v);
                    if (mutated == null) continue;
                    String text = mutated.toString();
                    try {
                        t.reader().accept(text);
                    } catch (PactumException e) {
                        // fine
                    } catch (Throwable e) {
                        StackTraceElement at = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
                        String key = t.name() + " " + e.getClass().getSimpleName() + " " + at;
                        failures.putIfAbsent(key, p + " = " + (v == null ? "<removed>" : v) + " : " + e);
                    }
                }
            }
        }
        // One entry per reader, exception type and throwing frame, with the first mutation that caused it.
        assertEquals(Map.of(), failures);
    }

    /** What a reader accepted must write and read back equal: nothing read may be dropped. */
    static <T> void roundTrip(T read, java.util.function.Function<T, String> write,
            java.util.function.Function<String, T> reread) {
        String written = write.apply(read);
        T again = reread.apply(written);
        if (!read.equals(again)) {
            throw new IllegalStateException("not lossless: " + read + "\n  wrote " + written + "\n  read back " + again);
        }
    }

    private static final Map<String, io.pactum.core.template.TemplateVersion> VERSIONS = new java.util.HashMap<>();
    private static io.pactum.core.template.TemplateComposer composer;

    static io.pactum.core.template.TemplateVersion version(io.pactum.core.template.ResourceLoader res, String folder) {
        return VERSIONS.computeIfAbsent(folder, f -> TemplateJson.readTemplate(
                res("/templates/" + f + "/template.json"), res).latestPublished().orElseThrow());
    }

    static void compose(io.pactum.core.template.ResourceLoader res, String folder, String values) {
        if (composer == null) {
            composer = io.pactum.core.template.TemplateComposer.of(
                    TemplateJson.readClauseLibrary(res("/templates/clauses/library-zh.json"), res)
                            .with(TemplateJson.readClauseLibrary(res("/templates/clauses/library-en.json"), res).clauses()));
        }
        var version = version(res, folder);
        composer.compose(io.pactum.core.template.CompositionRequest.of(version,
                TemplateJson.readValues(values, version.schema())));
    }

    static String resOrNull(String p) {
        try (InputStream in = JsonMutationFuzzTest.class.getResourceAsStream(p)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (Exception e) { throw new RuntimeException(e); }
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
