package io.pactum.spi.runtime;

import io.pactum.core.amendment.Amendment;
import io.pactum.core.amendment.CommercialTerms;
import io.pactum.core.amendment.TermsHistory;
import io.pactum.core.amendment.TermsVersion;
import io.pactum.core.codec.ContractJson;
import io.pactum.core.contract.Contract;
import io.pactum.core.contract.ContractStatus;
import io.pactum.core.contract.RenewalTerms;
import io.pactum.core.contract.UserId;
import io.pactum.core.error.PactumException;
import io.pactum.core.json.JsonInput;
import io.pactum.core.json.JsonObjectReader;
import io.pactum.core.json.JsonObjectWriter;
import io.pactum.core.json.JsonOutput;
import io.pactum.core.obligation.Obligation;
import io.pactum.core.obligation.ObligationPlan;
import io.pactum.core.renewal.RenewalPosition;
import io.pactum.core.renewal.Renewals;
import io.pactum.core.renewal.TermPeriod;
import io.pactum.spi.CallContext;
import io.pactum.spi.SpiError;
import io.pactum.spi.internal.EventPayloads;
import io.pactum.spi.internal.Fingerprints;
import io.pactum.spi.internal.ObligationPayloads;
import io.pactum.spi.port.EventType;
import io.pactum.spi.port.IdGenerator;
import io.pactum.spi.port.OutboxMessage;
import io.pactum.spi.port.RecordKey;
import io.pactum.spi.port.RecordKind;
import io.pactum.spi.port.StoredRecord;
import io.pactum.spi.port.Transaction;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Amend and renew: changes of a contract in force, kept as effective-dated versions.
 *
 * <p>The contract always holds the latest agreed terms (value, term, renewal terms); the
 * {@code terms-history} record beside it keeps every version with its effective date and the
 * amendment that made it, each as the contract stood (JSON of {@link ContractJson}), so "the terms
 * in force on date D" is a lookup. Amendments go through {@link TermsHistory#amend}, which keeps
 * effective dates in order and amendment ids unique; a renewal is recorded as an
 * {@link Amendment.Renewal} for the next period {@link Renewals} gives.
 *
 * <p>A price or scope change of a contract with an obligation ledger reschedules the ledger in the
 * same unit of work ({@link ObligationCommands#amend}): settled payments keep their amounts, open
 * ones share the rest of the new value, a scope change's plan replaces the ledger's; the
 * {@code contract.amended} event lists the obligations whose amount or date changed
 * ({@code data.obligations}). A renewal leaves the ledger as it is: its plan's recurring lines end
 * where their own rule ends.
 */
final class ChangeCommands {

    /** The schema name written in every terms-history record. */
    static final String SCHEMA = "pactum.terms-history/v1";

    private static final Set<ContractStatus> IN_FORCE = EnumSet.of(ContractStatus.SIGNED, ContractStatus.ACTIVE,
            ContractStatus.SUSPENDED);

    private final IdGenerator ids;
    private final ObligationCommands obligations;

    ChangeCommands(IdGenerator ids, ObligationCommands obligations) {
        this.ids = ids;
        this.obligations = obligations;
    }

    /** One stored version: its number, effective date, the amendment (null for the original) and the contract then. */
    private record Version(int number, LocalDate effectiveFrom, @Nullable AmendmentSummary amendment, Contract contract) {
    }

    /** What the history keeps of an amendment. */
    private record AmendmentSummary(String id, String type, String reason, LocalDate effectiveDate) {
    }

    ContractStep amend(Amendment amendment, UserId actor) {
        return new Change(EventType.CONTRACT_AMENDED) {
            @Override
            Amendment amendment(Contract subject, Instant now) {
                return amendment;
            }

            @Override
            Optional<ObligationCommands.Amended> ledger(Library.RecordReader records, Contract next, Instant now) {
                if (amendment instanceof Amendment.PriceChange) {
                    return obligations.amend(records, next, null, actor, now, "amendment " + amendment.id());
                }
                if (amendment instanceof Amendment.ScopeChange scope) {
                    return obligations.amend(records, next, scope.newPlan(), actor, now, "amendment " + amendment.id());
                }
                return Optional.empty();
            }
        };
    }

    ContractStep renew(String reason, ZoneId zone) {
        return new Change(EventType.CONTRACT_RENEWED) {
            @Override
            Amendment amendment(Contract subject, Instant now) {
                LocalDate today = LocalDate.ofInstant(now, zone);
                LocalDate asOf = today.isBefore(subject.term().effectiveDate()) ? subject.term().effectiveDate() : today;
                RenewalPosition position = Renewals.asOf(subject.term(), subject.renewal(), asOf);
                int nextIndex = position.current().index() + 1;
                // Throws RENEWAL_INVALID for terms that do not renew or have no renewal left.
                TermPeriod next = Renewals.period(subject.term(), subject.renewal(), nextIndex);
                RenewalTerms.AutoRenew auto = (RenewalTerms.AutoRenew) subject.renewal();
                Integer max = auto.maxRenewals();
                RenewalTerms left = max == null ? auto
                        : max - nextIndex < 1 ? RenewalTerms.fixed()
                        : RenewalTerms.autoRenew(auto.renewalPeriod(), auto.noticePeriod(), max - nextIndex);
                return new Amendment.Renewal("renewal-" + next.start(), reason, next.start(),
                        Objects.requireNonNull(next.end()), left);
            }
        };
    }

    /** The contract as it stood on a date, from a stored history; empty before its first version. */
    static Optional<Contract> inForce(String historyJson, LocalDate on) {
        List<Version> versions = read(historyJson);
        Contract found = null;
        for (Version v : versions) {
            if (!v.effectiveFrom().isAfter(on)) {
                found = v.contract();
            }
        }
        return Optional.ofNullable(found);
    }

    /** An amendment or renewal step: applies the amendment to the history, then to the contract. */
    private abstract class Change implements ContractStep {
        private final EventType event;
        private @Nullable Version added;
        private List<Version> versions = List.of();
        private long revision;
        private Optional<ObligationCommands.Amended> ledger = Optional.empty();

        Change(EventType event) {
            this.event = event;
        }

        abstract Amendment amendment(Contract subject, Instant now);

        /** The obligation ledger after the change, when it changes it. */
        Optional<ObligationCommands.Amended> ledger(Library.RecordReader records, Contract next, Instant now) {
            return Optional.empty();
        }

        @Override
        public Contract apply(Library.RecordReader records, Contract subject, Instant now) {
            if (!IN_FORCE.contains(subject.status())) {
                throw new PactumException(SpiError.NOT_AMENDABLE, "status", "contract " + subject.number() + " is "
                        + subject.status() + "; only a signed, active or suspended contract is " + (event
                        == EventType.CONTRACT_RENEWED ? "renewed" : "amended"));
            }
            RecordKey key = key(subject);
            Optional<StoredRecord> stored = records.get(key);
            revision = stored.map(StoredRecord::revision).orElse(0L);
            List<Version> history = new ArrayList<>(stored.map(r -> read(r.body())).orElseGet(() -> List.of(
                    new Version(1, subject.term().effectiveDate(), null, Fingerprints.content(subject)))));
            Amendment a = amendment(subject, now);
            TermsHistory terms = new TermsHistory(history.stream().map(ChangeCommands::termsVersion).toList());
            TermsVersion latest = terms.amend(a).latest();
            CommercialTerms t = latest.terms();
            Contract next = subject.toBuilder().value(t.contractValue()).term(t.term()).renewal(t.renewal()).build();
            added = new Version(latest.number(), latest.effectiveFrom(),
                    new AmendmentSummary(a.id(), a.type().name(), a.reason(), a.effectiveDate()), Fingerprints.content(next));
            history.add(added);
            versions = List.copyOf(history);
            ledger = ledger(records, next, now);
            return next;
        }

        @Override
        public List<OutboxMessage> messages(CallContext ctx, Contract saved, Instant now) {
            Version v = Objects.requireNonNull(added);
            AmendmentSummary a = Objects.requireNonNull(v.amendment());
            Contract before = versions.get(versions.size() - 2).contract();
            return List.of(EventPayloads.event(ids.newId("event"), event, ctx, saved, now, d -> {
                d.integer("version", v.number()).date("effectiveFrom", v.effectiveFrom())
                        .object("amendment", o -> o.string("id", a.id()).string("type", a.type())
                                .string("reason", a.reason()).date("effectiveDate", a.effectiveDate()))
                        .money("previousValue", before.value())
                        .optDate("previousEndDate", before.term().endDate());
                ledger.ifPresent(l -> d.objects("obligations", changed(l), ObligationPayloads::obligationObject));
            }));
        }

        /** The obligations an amendment moved, opened or superseded, as they are after it. */
        private List<Obligation> changed(ObligationCommands.Amended l) {
            Map<String, Obligation> was = new HashMap<>();
            l.before().obligations().forEach(o -> was.put(o.scheduled().key(), o));
            List<Obligation> out = new ArrayList<>();
            for (Obligation o : l.after().obligations()) {
                Obligation old = was.get(o.scheduled().key());
                if (old == null || !old.scheduled().equals(o.scheduled()) || old.status() != o.status()) {
                    out.add(o);
                }
            }
            return out;
        }

        @Override
        public List<OutboxMessage> stage(Transaction tx, CallContext ctx, Contract saved, Instant now) {
            tx.saveRecord(key(saved), write(versions), null, revision);
            return ledger.isPresent() ? obligations.saveAmended(tx, ctx, saved, ledger.get(), now) : List.of();
        }
    }

    private static RecordKey key(Contract c) {
        return RecordKey.of(RecordKind.TERMS_HISTORY, c.id().value());
    }

    /**
     * A stored version as the core's history sees it. Past amendments are represented by their id,
     * reason and date only (as administrative ones): enough for the history's own checks (order of
     * effective dates, unique ids), since each version's terms are stored in full.
     */
    private static TermsVersion termsVersion(Version v) {
        Contract c = v.contract();
        CommercialTerms terms = new CommercialTerms(c.value(), c.term(), c.renewal(), ObligationPlan.of(), "");
        AmendmentSummary a = v.amendment();
        return new TermsVersion(v.number(), v.effectiveFrom(), terms, a == null ? null
                : new Amendment.Administrative(a.id(), a.reason(), a.effectiveDate(), a.type()));
    }

    private static String write(List<Version> versions) {
        return JsonOutput.compact().write(w -> w.string("schema", SCHEMA).objects("versions", versions, (o, v) -> {
            o.integer("number", v.number()).date("effectiveFrom", v.effectiveFrom());
            AmendmentSummary a = v.amendment();
            if (a != null) {
                o.object("amendment", x -> x.string("id", a.id()).string("type", a.type()).string("reason", a.reason())
                        .date("effectiveDate", a.effectiveDate()));
            }
            o.object("contract", (JsonObjectWriter c) -> ContractJson.write(c, v.contract()));
        }));
    }

    private static List<Version> read(String json) {
        return JsonInput.standard().read("terms history", json, r -> {
            r.ignore("schema");
            List<Version> out = new ArrayList<>();
            for (JsonObjectReader o : r.objects("versions")) {
                Long number = o.integer("number", 1, 1_000_000);
                LocalDate from = o.date("effectiveFrom");
                JsonObjectReader a = o.optObject("amendment");
                AmendmentSummary summary = null;
                if (a != null) {
                    String id = a.string("id");
                    String type = a.string("type");
                    String reason = a.string("reason");
                    LocalDate date = a.date("effectiveDate");
                    if (id != null && type != null && reason != null && date != null) {
                        summary = new AmendmentSummary(id, type, reason, date);
                    }
                }
                JsonObjectReader c = o.object("contract");
                Contract contract = c == null ? null : ContractJson.read(c);
                if (number != null && from != null && contract != null) {
                    out.add(new Version(number.intValue(), from, summary, contract));
                }
            }
            return out;
        });
    }
}
