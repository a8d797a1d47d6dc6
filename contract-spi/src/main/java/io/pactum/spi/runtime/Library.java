package io.pactum.spi.runtime;

import io.pactum.core.clause.Clause;
import io.pactum.core.clause.ClauseLibrary;
import io.pactum.core.clause.ClauseStatus;
import io.pactum.core.clause.ClauseVersion;
import io.pactum.core.codec.ContractTypeJson;
import io.pactum.core.contract.ContractTypeId;
import io.pactum.core.contract.type.ContractType;
import io.pactum.core.error.PactumException;
import io.pactum.core.error.Violation;
import io.pactum.core.template.ResourceLoader;
import io.pactum.core.template.Template;
import io.pactum.core.template.TemplateComposer;
import io.pactum.core.template.TemplateId;
import io.pactum.core.template.TemplateJson;
import io.pactum.core.template.TemplateStatus;
import io.pactum.core.template.TemplateVersion;
import io.pactum.rules.approval.ApprovalPolicy;
import io.pactum.rules.approval.ApprovalPolicyJson;
import io.pactum.rules.approval.ApprovalRouter;
import io.pactum.rules.approval.OrgStructure;
import io.pactum.rules.approval.PolicyVersions;
import io.pactum.spi.CallContext;
import io.pactum.spi.SpiError;
import io.pactum.spi.audit.AuditOutcome;
import io.pactum.spi.internal.AuditChainWriter;
import io.pactum.spi.internal.BoundedCache;
import io.pactum.spi.internal.DirectoryOrg;
import io.pactum.spi.internal.Fingerprints;
import io.pactum.spi.port.Directory;
import io.pactum.spi.port.Person;
import io.pactum.spi.port.RecordKey;
import io.pactum.spi.port.RecordKind;
import io.pactum.spi.port.RecordStore;
import io.pactum.spi.port.StoredRecord;
import io.pactum.spi.port.Transaction;
import io.pactum.spi.port.UnitOfWork;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The tenant's library of rules and texts, kept in the {@link RecordStore} as JSON: approval
 * policies, templates, clauses and contract types. Every document is checked with its own reader
 * ({@link ApprovalPolicyJson}, {@link TemplateJson}, {@link ContractTypeJson}) before it is stored,
 * so a bad file is refused with every problem at its JSON pointer and nothing is written.
 *
 * <p>Versions: an approval policy version is keyed {@code id@effectiveFrom} and never changes once
 * stored (a process keeps the version it started with, so the version must stay what it was);
 * putting the same text again is a no-op, other text under the same version is
 * {@link SpiError#LIBRARY_VERSION_CONFLICT}. A template or clause is one document with numbered
 * versions: a later put may add versions and retire published or approved ones, but not change
 * them (contracts pin {@code templateId@version}). Contract types are replaced freely.
 *
 * <p>Documents must be self-contained: bodies inline, no {@code bodyResource}. Writing needs a
 * library role ({@code admin} unless the builder says otherwise); each write is one audit entry
 * (contract field: the record key, such as {@code template/service-zh}). Thread-safe.
 */
public final class Library {

    private static final ResourceLoader NO_RESOURCES = ResourceLoader.of(Map.of());

    private final RecordStore records;
    private final UnitOfWork unitOfWork;
    private final Directory directory;
    private final Clock clock;
    private final Set<String> writerRoles;
    private final BoundedCache<String, ApprovalRouter> routers = new BoundedCache<>(256);
    private final BoundedCache<String, TemplateComposer> composers = new BoundedCache<>(16);

    Library(RecordStore records, UnitOfWork unitOfWork, Directory directory, Clock clock, Set<String> writerRoles) {
        this.records = records;
        this.unitOfWork = unitOfWork;
        this.directory = directory;
        this.clock = clock;
        this.writerRoles = Set.copyOf(writerRoles);
    }

    // ------------------------------------------------------------------ writing

    /**
     * Stores an approval policy version (format: docs/approval.md).
     *
     * @return the stored record, keyed {@code id@effectiveFrom}
     * @throws io.pactum.core.error.ValidationException every problem of the policy at its JSON pointer
     * @throws PactumException {@link SpiError#BAD_ARGUMENT} at {@code json} when it is missing
     * @throws PactumException {@link SpiError#LIBRARY_VERSION_CONFLICT} for another text under a stored version
     */
    public StoredRecord putApprovalPolicy(CallContext ctx, String json) {
        ApprovalPolicy policy = ApprovalPolicyJson.parse(Arguments.present(json, "json"));
        RecordKey key = RecordKey.of(RecordKind.APPROVAL_POLICY, policy.id() + "@" + policy.effectiveFrom());
        return put(ctx, key, json, "PUT_APPROVAL_POLICY", old -> {
            throw new PactumException(SpiError.LIBRARY_VERSION_CONFLICT, "/effectiveFrom", "policy " + policy.id()
                    + " of " + policy.effectiveFrom() + " is stored with other content; a policy version never changes,"
                    + " store a new version with a later effectiveFrom");
        });
    }

    /**
     * Stores a template with its versions (format: docs/templates.md).
     *
     * @throws io.pactum.core.error.ValidationException every problem at its JSON pointer
     * @throws PactumException {@link SpiError#LIBRARY_VERSION_CONFLICT} at {@code /versions/i} when a
     *     published or retired version changes or disappears
     */
    public StoredRecord putTemplate(CallContext ctx, String json) {
        Template template = TemplateJson.readTemplate(Arguments.present(json, "json"), NO_RESOURCES);
        RecordKey key = RecordKey.of(RecordKind.TEMPLATE, template.id().value());
        return put(ctx, key, json, "PUT_TEMPLATE", old -> {
            Template before = TemplateJson.readTemplate(old.body(), NO_RESOURCES);
            for (TemplateVersion v : before.versions()) {
                if (v.status() == TemplateStatus.DRAFT) {
                    continue;
                }
                Optional<TemplateVersion> now = template.version(v.version());
                boolean kept = now.isPresent() && now.get().withStatus(v.status()).equals(v)
                        && (now.get().status() == v.status() || now.get().status() == TemplateStatus.RETIRED);
                if (!kept) {
                    throw new PactumException(SpiError.LIBRARY_VERSION_CONFLICT, "/versions/" + index(template, v),
                            "template " + template.id() + " version " + v.version() + " is " + v.status()
                                    + " and may only be retired, never changed or removed; add a new version");
                }
            }
        });
    }

    /**
     * Stores one clause with its versions: the object of a clause library's {@code clauses} array.
     *
     * @throws io.pactum.core.error.ValidationException every problem at its JSON pointer (under {@code /clauses/0})
     * @throws PactumException {@link SpiError#LIBRARY_VERSION_CONFLICT} when an approved or retired
     *     version changes or disappears
     */
    public StoredRecord putClause(CallContext ctx, String json) {
        Arguments.present(json, "json");
        Clause clause = TemplateJson.readClauseLibrary("{\"clauses\": [" + json + "]}", NO_RESOURCES).clauses().get(0);
        RecordKey key = RecordKey.of(RecordKind.CLAUSE, clause.id().value());
        return put(ctx, key, json, "PUT_CLAUSE", old -> {
            Clause before = TemplateJson.readClauseLibrary("{\"clauses\": [" + old.body() + "]}", NO_RESOURCES)
                    .clauses().get(0);
            for (ClauseVersion v : before.versions()) {
                if (v.status() == ClauseStatus.DRAFT) {
                    continue;
                }
                Optional<ClauseVersion> now = clause.version(v.version());
                boolean kept = now.isPresent() && sameText(v, now.get())
                        && (now.get().status() == v.status() || now.get().status() == ClauseStatus.RETIRED);
                if (!kept) {
                    throw new PactumException(SpiError.LIBRARY_VERSION_CONFLICT, "/versions",
                            "clause " + clause.id() + " version " + v.version() + " is " + v.status()
                                    + " and may only be retired, never changed or removed; add a new version");
                }
            }
        });
    }

    /**
     * Stores a contract type (format: {@link ContractTypeJson}); a later put replaces it.
     *
     * @throws io.pactum.core.error.ValidationException every problem at its JSON pointer
     */
    public StoredRecord putContractType(CallContext ctx, String json) {
        ContractType type = ContractTypeJson.read(Arguments.present(json, "json"));
        return put(ctx, RecordKey.of(RecordKind.CONTRACT_TYPE, type.id().value()), json, "PUT_CONTRACT_TYPE", old -> {
        });
    }

    // ------------------------------------------------------------------ reading

    /** A stored policy version. */
    public Optional<ApprovalPolicy> approvalPolicy(CallContext ctx, String id, LocalDate effectiveFrom) {
        Arguments.present(id, "id");
        Arguments.present(effectiveFrom, "effectiveFrom");
        return records.getRecord(ctx, policyKey(id, effectiveFrom)).map(r -> router(r).policy());
    }

    /** The version of a policy in force on a date: the latest not after it. */
    public Optional<ApprovalPolicy> approvalPolicyInForce(CallContext ctx, String id, LocalDate on) {
        Arguments.present(id, "id");
        Arguments.present(on, "on");
        return versions(RecordReader.of(records, ctx), id).inForceOn(on);
    }

    /** A stored template with its versions. */
    public Optional<Template> template(CallContext ctx, TemplateId id) {
        Arguments.present(id, "id");
        return template(RecordReader.of(records, ctx), id);
    }

    /** Every stored clause, as one library. */
    public ClauseLibrary clauses(CallContext ctx) {
        return TemplateJson.readClauseLibrary(clauseDocument(RecordReader.of(records, ctx)), NO_RESOURCES);
    }

    /** A stored contract type. */
    public Optional<ContractType> contractType(CallContext ctx, ContractTypeId id) {
        Arguments.present(id, "id");
        return records.getRecord(ctx, RecordKey.of(RecordKind.CONTRACT_TYPE, id.value()))
                .map(r -> ContractTypeJson.read(r.body()));
    }

    /**
     * Checks a stored policy version against the organisation the directory gives on a date: roles
     * nobody holds, groups and users that do not exist ({@code PCT-4024}, each at its JSON pointer).
     * Run it after loading a policy or changing the directory; routing would otherwise find the gap
     * only when a contract needs that approver.
     *
     * @return the problems, empty when the policy can be routed over this organisation
     * @throws PactumException {@link SpiError#LIBRARY_ITEM_NOT_FOUND} for an unknown policy version
     */
    public List<Violation> checkApprovalPolicy(CallContext ctx, String id, LocalDate effectiveFrom, LocalDate on) {
        ApprovalPolicy policy = approvalPolicy(ctx, id, effectiveFrom).orElseThrow(() -> new PactumException(
                SpiError.LIBRARY_ITEM_NOT_FOUND, "id", "the library holds no approval policy " + id + " of "
                + effectiveFrom));
        OrgStructure org = DirectoryOrg.snapshot(directory, ctx, clock.instant(), on, Set.of(policy.currency()));
        return ApprovalRouter.check(policy, org);
    }

    // ------------------------------------------------------------------ for the runtime

    /** The compiled router of a stored policy version, cached by its text. */
    Optional<ApprovalRouter> router(RecordReader reader, String id, LocalDate effectiveFrom) {
        return reader.get(policyKey(id, effectiveFrom)).map(this::router);
    }

    /** The compiled router of the policy version in force on a date. */
    Optional<ApprovalRouter> routerInForce(RecordReader reader, String id, LocalDate on) {
        return versions(reader, id).inForceOn(on).flatMap(p -> router(reader, p.id(), p.effectiveFrom()));
    }

    /** A stored template, read as the caller's unit of work sees it. */
    Optional<Template> template(RecordReader reader, TemplateId id) {
        Arguments.present(id, "id");
        return reader.get(RecordKey.of(RecordKind.TEMPLATE, id.value()))
                .map(r -> TemplateJson.readTemplate(r.body(), NO_RESOURCES));
    }

    /** A composer over the tenant's clauses, cached by their text. */
    TemplateComposer composer(RecordReader reader) {
        return composers.get(clauseDocument(reader), text -> TemplateComposer.of(
                TemplateJson.readClauseLibrary(text, NO_RESOURCES)));
    }

    /**
     * Reads records in the caller's unit of work, or outside one for a query or a dry run. A command
     * must read through its {@link Transaction} ({@link #of(Transaction)}): reading through the
     * {@link RecordStore} while the transaction is open takes a second pooled connection, and N
     * concurrent commands over a pool of N then wait for each other forever.
     */
    interface RecordReader {

        /** The record under this key. */
        Optional<StoredRecord> get(RecordKey key);

        /** Every record of a kind, ordered by id; the caller closes the stream. */
        Stream<StoredRecord> records(RecordKind kind);

        /** Reads inside the unit of work, its own saves included. */
        static RecordReader of(Transaction tx) {
            return new RecordReader() {
                @Override
                public Optional<StoredRecord> get(RecordKey key) {
                    return tx.getRecord(key);
                }

                @Override
                public Stream<StoredRecord> records(RecordKind kind) {
                    return tx.records(kind);
                }
            };
        }

        /** Reads outside a unit of work: queries and dry runs, never a command's transaction. */
        static RecordReader of(RecordStore store, CallContext ctx) {
            return new RecordReader() {
                @Override
                public Optional<StoredRecord> get(RecordKey key) {
                    return store.getRecord(ctx, key);
                }

                @Override
                public Stream<StoredRecord> records(RecordKind kind) {
                    return store.records(ctx, kind);
                }
            };
        }

        /** Reads nothing: a manager without a record store. */
        static RecordReader none() {
            return new RecordReader() {
                @Override
                public Optional<StoredRecord> get(RecordKey key) {
                    return Optional.empty();
                }

                @Override
                public Stream<StoredRecord> records(RecordKind kind) {
                    return Stream.empty();
                }
            };
        }
    }

    private ApprovalRouter router(StoredRecord r) {
        return routers.get(r.body(), text -> ApprovalRouter.compile(ApprovalPolicyJson.parse(text)));
    }

    private PolicyVersions versions(RecordReader reader, String id) {
        List<ApprovalPolicy> versions = new ArrayList<>();
        try (Stream<StoredRecord> all = reader.records(RecordKind.APPROVAL_POLICY)) {
            all.filter(r -> r.key().id().startsWith(id + "@")).forEach(r -> versions.add(router(r).policy()));
        }
        return new PolicyVersions(versions);
    }

    private String clauseDocument(RecordReader reader) {
        StringBuilder doc = new StringBuilder("{\"clauses\": [");
        try (Stream<StoredRecord> all = reader.records(RecordKind.CLAUSE)) {
            all.forEach(r -> doc.append(doc.length() > 13 ? "," : "").append(r.body()));
        }
        return doc.append("]}").toString();
    }

    private static RecordKey policyKey(String id, LocalDate effectiveFrom) {
        return RecordKey.of(RecordKind.APPROVAL_POLICY, id + "@" + effectiveFrom);
    }

    private static int index(Template t, TemplateVersion v) {
        for (int i = 0; i < t.versions().size(); i++) {
            if (t.versions().get(i).version() == v.version()) {
                return i;
            }
        }
        return t.versions().size();
    }

    private static boolean sameText(ClauseVersion a, ClauseVersion b) {
        return Objects.equals(a.approval(), b.approval()) && a.locale().equals(b.locale()) && a.title().equals(b.title())
                && a.variants().equals(b.variants());
    }

    /** Checks a replacement against what is stored; throws to refuse it. */
    @FunctionalInterface
    private interface Replacement {
        void check(StoredRecord old);
    }

    private StoredRecord put(CallContext ctx, RecordKey key, String body, String action, Replacement replacement) {
        Arguments.present(ctx, "ctx");
        authorize(ctx, action, key);
        if (ctx.dryRun()) {
            Optional<StoredRecord> old = records.getRecord(ctx, key);
            old.filter(o -> !o.body().equals(body)).ifPresent(replacement::check);
            return new StoredRecord(key, old.map(StoredRecord::revision).orElse(0L) + 1, body, null);
        }
        return unitOfWork.inTransaction(ctx, tx -> {
            Optional<StoredRecord> old = tx.getRecord(key);
            if (old.isPresent() && old.get().body().equals(body)) {
                return old.get();
            }
            old.ifPresent(replacement::check);
            StoredRecord saved = tx.saveRecord(key, body, null, old.map(StoredRecord::revision).orElse(0L));
            tx.appendAudit(AuditChainWriter.next(tx.auditHead().orElse(null), clock.instant(), ctx.tenant().value(),
                    ctx.actor().value(), action, key.toString(), AuditOutcome.SUCCESS,
                    old.map(o -> Fingerprints.ofText(o.body())).orElse(null), Fingerprints.ofText(body), "library " + key, ctx.correlationId()));
            return saved;
        });
    }

    private void authorize(CallContext ctx, String action, RecordKey key) {
        Optional<Person> person = directory.person(ctx, ctx.actor());
        String why = null;
        if (person.isEmpty()) {
            why = ctx.actor() + " is not known to the directory and may not " + action;
        } else if (!person.get().active() || person.get().roles().stream().noneMatch(writerRoles::contains)) {
            why = ctx.actor() + " with roles " + new java.util.TreeSet<>(person.get().roles()) + " holds none of the"
                    + " library roles " + new java.util.TreeSet<>(writerRoles) + " and may not " + action;
        }
        if (why == null) {
            return;
        }
        if (!ctx.dryRun()) {
            String explanation = why;
            unitOfWork.inTransaction(ctx, tx -> {
                tx.appendAudit(AuditChainWriter.next(tx.auditHead().orElse(null), clock.instant(), ctx.tenant().value(),
                        ctx.actor().value(), action, key.toString(), AuditOutcome.DENIED, null, null, explanation,
                        ctx.correlationId()));
                return null;
            });
        }
        throw new PactumException(person.isEmpty() ? SpiError.UNKNOWN_ACTOR : SpiError.LIBRARY_DENIED, "actor", why);
    }
}
