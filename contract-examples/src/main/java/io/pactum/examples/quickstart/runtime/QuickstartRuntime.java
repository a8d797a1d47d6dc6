package io.pactum.examples.quickstart.runtime;

import io.pactum.core.contract.DepartmentId;
import io.pactum.core.contract.UserId;
import io.pactum.core.money.Money;
import io.pactum.examples.quickstart.QuickstartData;
import io.pactum.examples.quickstart.QuickstartOrg;
import io.pactum.examples.quickstart.QuickstartResources;
import io.pactum.examples.quickstart.Sample;
import io.pactum.jdbc.JdbcStorage;
import io.pactum.rules.approval.AuthorityLimit;
import io.pactum.rules.approval.OrgStructure;
import io.pactum.rules.facts.RateSource;
import io.pactum.spi.CallContext;
import io.pactum.spi.TenantId;
import io.pactum.spi.access.AccessPolicyJson;
import io.pactum.spi.memory.InMemoryDirectory;
import io.pactum.spi.port.Person;
import io.pactum.spi.runtime.ContractManager;
import io.pactum.spi.runtime.Library;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The runtime of the quickstart: a {@link ContractManager} over the JDBC storage, the sample
 * company's people as its directory, the access policy, reminder policy and risk profiles from the
 * shipped JSON, and the {@link Mailbox} as every outbound port. {@link #loadLibrary()} puts the
 * contract types, clauses, templates and approval policy into the runtime's library.
 */
public final class QuickstartRuntime {

    /** The sample company's tenant. */
    public static final TenantId TENANT = TenantId.of("yunfan");
    /** Keeps the library. */
    public static final UserId ADMIN = UserId.of("u-admin");
    /** Records payments. */
    public static final UserId FINANCE = UserId.of("u-fin");
    /** Records signatures. */
    public static final UserId LEGAL = UserId.of("u-legal");

    /** Roles of the approval policy: their holders also get the access role {@code approver}. */
    private static final Set<String> APPROVING_ROLES = Set.of("ceo", "coo", "department-head", "finance", "legal",
            "finance-controller");
    /** Who drafts and runs contracts (owners of the samples). */
    private static final Set<String> CONTRACT_MANAGERS = Set.of("u-zhang", "u-li");
    /** Obligation owners named by role in the plans, and who answers for them. */
    private static final Map<String, Set<String>> GROUPS = Map.of("u-fin", Set.of("finance"), "u-legal",
            Set.of("legal"), "u-zhang", Set.of("pm"));

    private final QuickstartData data;
    private final ContractManager manager;
    private final Mailbox mailbox;

    private QuickstartRuntime(QuickstartData data, ContractManager manager, Mailbox mailbox) {
        this.data = data;
        this.manager = manager;
        this.mailbox = mailbox;
    }

    /**
     * Wires the runtime.
     *
     * @param data the shipped data
     * @param storage the JDBC storage
     * @param clock the (simulated) clock
     */
    public static QuickstartRuntime create(QuickstartData data, JdbcStorage storage, Clock clock) {
        Objects.requireNonNull(data, "data");
        Mailbox mailbox = new Mailbox(storage, clock);
        ContractManager manager = ContractManager.builder()
                .storage(storage)
                .directory(directory(QuickstartOrg.structure()))
                .accessPolicy(AccessPolicyJson.read(QuickstartResources.text("policies/access-policy.json")))
                .clock(clock)
                .notifications(mailbox)
                .integrationEvents(mailbox)
                .signatures(mailbox)
                .rates(RateSource.fixed(Map.of("USD/CNY", new BigDecimal("7.10"))))
                .obligationCalendar(data.calendar())
                .reminderPolicy(data.reminderPolicy())
                .riskProfiles(data.riskProfiles())
                .dueWorkTenants(Set.of(TENANT))
                .build();
        return new QuickstartRuntime(data, manager, mailbox);
    }

    /** The sample company as a directory: people, roles, groups, managers, department heads, authority. */
    static InMemoryDirectory directory(OrgStructure org) {
        InMemoryDirectory directory = InMemoryDirectory.create();
        Map<UserId, Money> authority = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
        for (io.pactum.rules.approval.Person p : org.people().values()) {
            Set<String> roles = new HashSet<>(p.roles());
            if (p.roles().stream().anyMatch(APPROVING_ROLES::contains)) {
                roles.add("approver");
            }
            if (CONTRACT_MANAGERS.contains(p.id().value())) {
                roles.add("contract-manager");
            }
            directory.add(new Person(p.id(), p.id().value(), p.department(), roles,
                    GROUPS.getOrDefault(p.id().value(), Set.of()), p.manager(), true));
            org.headOf(p.department()).ifPresent(head -> directory.departmentHead(p.department(), head));
            for (AuthorityLimit limit : org.authorityLimits()) {
                if (limit.role() != null && p.roles().contains(limit.role())) {
                    authority.merge(p.id(), limit.limit(), (x, y) -> x.isGreaterThan(y) ? x : y);
                }
            }
        }
        authority.forEach(directory::authorityLimit);
        directory.add(new Person(ADMIN, ADMIN.value(), DepartmentId.of("it"), Set.of("admin"), Set.of(), null, true));
        return directory;
    }

    /**
     * Puts the shipped contract types, clauses, templates and approval policy into the library.
     * Each put of the same text again is a no-op, so a second run changes nothing.
     *
     * @return how many documents were put
     */
    public int loadLibrary() {
        CallContext admin = as(ADMIN, "load-library");
        Library library = manager.library();
        int put = 0;
        for (String type : QuickstartData.CONTRACT_TYPES) {
            library.putContractType(admin, QuickstartResources.text("contract-types/" + type + ".json"));
            put++;
        }
        for (String file : List.of("clauses/library-zh.json", "clauses/library-en.json")) {
            for (String clause : LibraryDocuments.clauses(LibraryDocuments.inline(file))) {
                library.putClause(admin, clause);
                put++;
            }
        }
        for (Sample s : data.samples()) {
            library.putTemplate(admin, LibraryDocuments.inline(s.templateFile()));
            put++;
        }
        library.putApprovalPolicy(admin, QuickstartResources.text("policies/approval-policy.json"));
        return put + 1;
    }

    /** A call context of the tenant. */
    public static CallContext as(UserId user, String correlationId) {
        return CallContext.of(TENANT, user, correlationId);
    }

    /** The runtime. */
    public ContractManager manager() {
        return manager;
    }

    /** The outside world's mailbox. */
    public Mailbox mailbox() {
        return mailbox;
    }

    /** The shipped data. */
    public QuickstartData data() {
        return data;
    }
}
