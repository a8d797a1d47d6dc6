package io.pactum.core.codec;

import io.pactum.core.contract.AttributeValue;
import io.pactum.core.contract.ConfidentialityLevel;
import io.pactum.core.contract.Contact;
import io.pactum.core.contract.Contract;
import io.pactum.core.contract.ContractId;
import io.pactum.core.contract.ContractStatus;
import io.pactum.core.contract.ContractTypeId;
import io.pactum.core.contract.DepartmentId;
import io.pactum.core.contract.Direction;
import io.pactum.core.contract.ExternalReference;
import io.pactum.core.contract.Party;
import io.pactum.core.contract.PartyId;
import io.pactum.core.contract.PartyRole;
import io.pactum.core.contract.RenewalTerms;
import io.pactum.core.contract.Term;
import io.pactum.core.contract.UserId;
import io.pactum.core.error.CoreError;
import io.pactum.core.error.ValidationException;
import io.pactum.core.json.JsonInput;
import io.pactum.core.json.JsonObjectReader;
import io.pactum.core.json.JsonObjectWriter;
import io.pactum.core.json.JsonOutput;
import io.pactum.core.json.JsonValueReader;
import io.pactum.core.money.Money;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The JSON form of a {@link Contract}. Reading is strict (unknown properties, wrong types and
 * missing values are errors, all reported at once with JSON pointers); writing is deterministic;
 * {@code read(write(c))} equals {@code c}.
 *
 * <pre>{@code
 * {
 *   "id": "c-2026-001", "number": "SC-2026-000001", "title": "IT services",
 *   "type": "service", "direction": "SELL_SIDE",
 *   "parties": [{"id": "us", "name": "Pactum Ltd", "role": "OWN_ENTITY"},
 *               {"id": "acme", "name": "ACME", "role": "CUSTOMER", "contacts": [{"name": "Li Lei"}]}],
 *   "owner": "u-zhang", "department": "sales",
 *   "value": {"amount": "1200000.00", "currency": "CNY"},
 *   "term": {"effectiveDate": "2026-01-01", "endDate": "2026-12-31"},
 *   "renewal": {"kind": "autoRenew", "renewalPeriod": "P1Y", "noticePeriod": "P30D", "maxRenewals": 3},
 *   "customFields": {"projectCode": "PRJ-7", "warrantyMonths": 12}
 * }
 * }</pre>
 *
 * <p>Optional properties: {@code region}, {@code budgetCeiling}, {@code renewal} (default
 * {@code fixed}), {@code customFields}, {@code tags}, {@code confidentiality} (default
 * {@code INTERNAL}), {@code externalReferences}, {@code status} (default {@code DRAFT}),
 * {@code revision} (default 0). Renewal kinds: {@code fixed}, {@code autoRenew}, {@code evergreen}.
 *
 * <p>Custom field values are JSON strings, numbers, booleans or money objects; what they mean is
 * checked against the contract type by {@code io.pactum.core.validation.ContractValidator}.
 *
 * <p>Thread-safe: all methods are stateless.
 */
public final class ContractJson {

    private static final Map<String, Function<JsonObjectReader, @Nullable RenewalTerms>> RENEWAL_KINDS = Map.of(
            "fixed", o -> RenewalTerms.fixed(),
            "autoRenew", o -> {
                Period renewalPeriod = o.period("renewalPeriod");
                Period noticePeriod = o.period("noticePeriod");
                Long max = o.optInteger("maxRenewals", 1, 1000);
                return o.build(() -> new RenewalTerms.AutoRenew(renewalPeriod, noticePeriod,
                        max == null ? null : max.intValue()));
            },
            "evergreen", o -> {
                Period noticePeriod = o.period("noticePeriod");
                return o.build(() -> new RenewalTerms.Evergreen(noticePeriod));
            });

    private ContractJson() {
    }

    /**
     * Reads a contract.
     *
     * @throws ValidationException with every problem found, each with its JSON pointer
     */
    public static Contract read(String json) {
        return JsonInput.standard().read("contract", json, ContractJson::read);
    }

    /** Reads a contract from UTF-8 bytes; see {@link #read(String)}. */
    public static Contract read(byte[] json) {
        return JsonInput.standard().read("contract", json, ContractJson::read);
    }

    /** Reads a contract from a stream, which is not closed; see {@link #read(String)}. */
    public static Contract read(InputStream json) {
        return JsonInput.standard().read("contract", json, ContractJson::read);
    }

    /** Reads a contract with other parser limits. */
    public static Contract read(JsonInput input, String json) {
        return input.read("contract", json, ContractJson::read);
    }

    /** Writes a contract as indented JSON. */
    public static String write(Contract contract) {
        Objects.requireNonNull(contract, "contract");
        return JsonOutput.pretty().write(w -> write(w, contract));
    }

    /** Writes a contract as compact JSON. */
    public static String writeCompact(Contract contract) {
        Objects.requireNonNull(contract, "contract");
        return JsonOutput.compact().write(w -> write(w, contract));
    }

    /** Maps a JSON object to a contract, for formats that embed one. */
    public static @Nullable Contract read(JsonObjectReader o) {
        ContractId id = idOf(o, "id", ContractId::of);
        String number = o.string("number");
        String title = o.string("title");
        ContractTypeId type = idOf(o, "type", ContractTypeId::of);
        Direction direction = o.enumValue("direction", Direction.class);
        List<Party> parties = new ArrayList<>();
        for (JsonObjectReader p : o.objects("parties")) {
            Party party = party(p);
            if (party != null) {
                parties.add(party);
            }
        }
        UserId owner = idOf(o, "owner", UserId::of);
        DepartmentId department = idOf(o, "department", DepartmentId::of);
        String region = o.optString("region");
        Money value = o.money("value");
        Money budget = o.optMoney("budgetCeiling");
        Term term = term(o.object("term"));
        JsonObjectReader renewalReader = o.optObject("renewal");
        RenewalTerms renewal = renewalReader == null ? RenewalTerms.fixed() : renewalReader.kind(RENEWAL_KINDS);
        Map<String, AttributeValue> customFields = customFields(o.map("customFields"));
        Set<String> tags = new LinkedHashSet<>(o.strings("tags"));
        ConfidentialityLevel confidentiality = o.enumValue("confidentiality", ConfidentialityLevel.class,
                ConfidentialityLevel.INTERNAL);
        List<ExternalReference> refs = new ArrayList<>();
        for (JsonObjectReader r : o.optObjects("externalReferences")) {
            String system = r.string("system");
            String refId = r.string("id");
            ExternalReference ref = r.build(() -> new ExternalReference(system, refId));
            if (ref != null) {
                refs.add(ref);
            }
        }
        ContractStatus status = o.enumValue("status", ContractStatus.class, ContractStatus.DRAFT);
        Long revision = o.optInteger("revision", 0, Long.MAX_VALUE);
        return o.build(() -> new Contract(id, number, title, type, direction, parties, owner, department, region,
                value, budget, term, renewal, new TreeMap<>(customFields), new TreeSet<>(tags),
                confidentiality, refs, status, revision == null ? 0 : revision));
    }

    /** Writes a contract's properties into an object, for formats that embed one. */
    public static void write(JsonObjectWriter w, Contract c) {
        w.string("id", c.id().value())
                .string("number", c.number())
                .string("title", c.title())
                .string("type", c.type().value())
                .enumValue("direction", c.direction())
                .objects("parties", c.parties(), ContractJson::writeParty)
                .string("owner", c.owner().value())
                .string("department", c.department().value())
                .optString("region", c.region())
                .money("value", c.value())
                .optMoney("budgetCeiling", c.budgetCeiling())
                .object("term", t -> t.date("effectiveDate", c.term().effectiveDate())
                        .optDate("endDate", c.term().endDate()))
                .object("renewal", r -> writeRenewal(r, c.renewal()));
        if (!c.customFields().isEmpty()) {
            w.map("customFields", c.customFields(), (v, value) -> {
                if (value instanceof AttributeValue.TextValue t) {
                    v.string(t.value());
                } else if (value instanceof AttributeValue.NumberValue n) {
                    v.decimal(n.value());
                } else if (value instanceof AttributeValue.BooleanValue b) {
                    v.bool(b.value());
                } else if (value instanceof AttributeValue.MoneyValue m) {
                    v.object(o -> o.moneyFields(m.value()));
                }
            });
        }
        if (!c.tags().isEmpty()) {
            w.strings("tags", c.tags());
        }
        w.enumValue("confidentiality", c.confidentiality());
        if (!c.externalReferences().isEmpty()) {
            w.objects("externalReferences", c.externalReferences(),
                    (r, ref) -> r.string("system", ref.system()).string("id", ref.id()));
        }
        w.enumValue("status", c.status()).integer("revision", c.revision());
    }

    private static void writeParty(JsonObjectWriter w, Party p) {
        w.string("id", p.id().value()).string("name", p.name()).enumValue("role", p.role())
                .optString("registrationNumber", p.registrationNumber()).optString("country", p.country());
        if (!p.contacts().isEmpty()) {
            w.objects("contacts", p.contacts(), (cw, c) -> cw.string("name", c.name()).optString("title", c.title())
                    .optString("email", c.email()).optString("phone", c.phone()));
        }
    }

    private static void writeRenewal(JsonObjectWriter w, RenewalTerms renewal) {
        w.string("kind", renewal.kind());
        if (renewal instanceof RenewalTerms.AutoRenew a) {
            w.period("renewalPeriod", a.renewalPeriod()).period("noticePeriod", a.noticePeriod());
            if (a.maxRenewals() != null) {
                w.integer("maxRenewals", a.maxRenewals());
            }
        } else if (renewal instanceof RenewalTerms.Evergreen e) {
            w.period("noticePeriod", e.noticePeriod());
        }
    }

    private static @Nullable Party party(JsonObjectReader p) {
        PartyId id = idOf(p, "id", PartyId::of);
        String name = p.string("name");
        PartyRole role = p.enumValue("role", PartyRole.class);
        String registration = p.optString("registrationNumber");
        String country = p.optString("country");
        List<Contact> contacts = new ArrayList<>();
        for (JsonObjectReader c : p.optObjects("contacts")) {
            String contactName = c.string("name");
            String title = c.optString("title");
            String email = c.optString("email");
            String phone = c.optString("phone");
            Contact contact = c.build(() -> new Contact(contactName, title, email, phone));
            if (contact != null) {
                contacts.add(contact);
            }
        }
        return p.build(() -> new Party(id, name, role, registration, country, contacts));
    }

    private static @Nullable Term term(@Nullable JsonObjectReader t) {
        if (t == null) {
            return null;
        }
        LocalDate effective = t.date("effectiveDate");
        LocalDate end = t.optDate("endDate");
        return t.build("endDate", () -> new Term(effective, end));
    }

    private static Map<String, AttributeValue> customFields(Map<String, JsonValueReader> values) {
        Map<String, AttributeValue> result = new LinkedHashMap<>();
        values.forEach((name, v) -> {
            AttributeValue value = switch (v.type()) {
                case STRING -> AttributeValue.text(Objects.requireNonNull(v.asString()));
                case NUMBER -> {
                    BigDecimal d = v.asDecimal(); // null, with a violation, when beyond the parser's digits
                    yield d == null ? null : AttributeValue.number(d);
                }
                case BOOLEAN -> AttributeValue.flag(Boolean.TRUE.equals(v.asBoolean()));
                case OBJECT -> {
                    JsonObjectReader o = v.asObject();
                    Money m = o == null ? null : o.asMoney();
                    yield m == null ? null : AttributeValue.amount(m);
                }
                default -> {
                    v.error(CoreError.JSON_WRONG_TYPE,
                            "expected a string, number, boolean or money object, got " + v.type().name().toLowerCase(Locale.ROOT));
                    yield null;
                }
            };
            if (value != null) {
                result.put(name, value);
            }
        });
        return result;
    }

    private static <T> @Nullable T idOf(JsonObjectReader o, String name, Function<String, T> factory) {
        String text = o.string(name);
        return text == null ? null : o.build(name, () -> factory.apply(text));
    }

}
