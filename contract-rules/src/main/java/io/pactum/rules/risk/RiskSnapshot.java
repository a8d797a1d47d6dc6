package io.pactum.rules.risk;

import io.pactum.core.contract.ContractId;
import io.pactum.core.contract.ContractStatus;
import io.pactum.core.contract.ContractTypeId;
import io.pactum.core.contract.DepartmentId;
import io.pactum.core.contract.Direction;
import io.pactum.core.contract.PartyId;
import io.pactum.core.error.PactumException;
import io.pactum.core.money.Money;
import io.pactum.rules.facts.ContractFacts;
import io.pactum.rules.facts.DeviationFacts;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything the risk rules know about one contract on one day, flat and compact: dates are held
 * as epoch days and amounts as minor units, obligations as parallel primitive arrays, so that a
 * scan over a million snapshots reads memory sequentially and allocates nothing unless an alert
 * is raised. Built with {@link #builder}; the host or an adapter fills it from the contract, its
 * obligation schedule, its approval and signature process and its deviation report.
 *
 * <p>Field meanings (all dates are calendar dates in the organisation's zone):
 * <ul>
 * <li>{@code contractId}, {@code number}: identity; the id is part of every alert key.
 * <li>{@code type}: chooses the {@link RiskProfile}; {@code department}, {@code counterpartyId}
 *     and {@code counterpartyName}: where alerts are counted in summaries.
 * <li>{@code status}: which rules apply (see {@link RiskRule}); {@code direction}: informational.
 * <li>{@code value}: the contract value, counted towards counterparty concentration.
 * <li>{@code budgetCeiling}, {@code spent}: the budget the contract is charged to and the amount
 *     spent or committed so far, in one currency; both or neither.
 * <li>{@code expiryDate}: the last day of the current term (inclusive), if the term ends.
 * <li>{@code cancelByDate}: the last day a notice of non-renewal can be given, if the contract
 *     renews automatically; {@code autoRenewalDate}: the first day of the next renewal term.
 * <li>{@code approvalSubmittedAt}, {@code approvalDueAt}: when the pending approval was submitted
 *     and when its SLA ends; both or neither.
 * <li>{@code signatureSentOn}: when the contract was sent for signature and is still pending.
 * <li>{@code amendmentDates}: the effective dates of its amendments, any order.
 * <li>{@code deviations}: fallback (non-standard) and edited clause categories, missing mandatory
 *     categories; {@code facts}: what custom rules in the condition grammar see, if any.
 * <li>{@code updatedOn}: the date the contract's data last changed; alerts that have no date of
 *     their own (budget, clauses, custom rules) become relevant on it.
 * <li>{@code obligations}: see {@link ObligationSnapshot}; ids unique within the contract.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class RiskSnapshot {

    /** Epoch day standing for "no date". */
    static final int NO_DAY = Integer.MIN_VALUE;
    /** Epoch day standing for "not fulfilled". */
    static final int OPEN = Integer.MAX_VALUE;

    final ContractId contractId;
    final String number;
    final ContractTypeId type;
    final DepartmentId department;
    final PartyId counterpartyId;
    /** {@code counterpartyId.value()} and its hash, held here so a scan does not chase the id object. */
    final String partyKey;
    final int partyHash;
    final String counterpartyName;
    final ContractStatus status;
    final Direction direction;
    final Currency valueCurrency;
    final long valueMinor;
    final @Nullable Currency budgetCurrency;
    final long ceilingMinor;
    final long spentMinor;
    final int expiry;
    final int cancelBy;
    final int autoRenewal;
    final @Nullable Instant approvalSubmittedAt;
    final @Nullable Instant approvalDueAt;
    final int signatureSent;
    final int updatedOn;
    final int[] amendments;
    final DeviationFacts deviations;
    final @Nullable ContractFacts facts;
    final String[] obId;
    final byte[] obKind;
    final int[] obDue;
    final int[] obFulfilled;
    /** Outstanding minor units; -1 when unknown. */
    final long[] obOutstanding;
    final @Nullable Currency[] obCurrency;

    private RiskSnapshot(Builder b) {
        this.contractId = b.contractId;
        this.number = b.number;
        this.type = b.type;
        this.department = b.department;
        this.counterpartyId = b.counterpartyId;
        this.partyKey = b.counterpartyId.value();
        this.partyHash = partyKey.hashCode();
        this.counterpartyName = b.counterpartyName;
        this.status = b.status;
        this.direction = b.direction;
        this.valueCurrency = b.value.currency();
        this.valueMinor = minor(b.value, "value");
        if ((b.budgetCeiling == null) != (b.spent == null)) {
            throw new PactumException(RiskError.BAD_SNAPSHOT, "budgetCeiling",
                    "budget ceiling and spend are given together or not at all");
        }
        if (b.budgetCeiling != null && b.spent != null) {
            if (!b.budgetCeiling.currency().equals(b.spent.currency())) {
                throw new PactumException(RiskError.SNAPSHOT_CURRENCY, "spent", "spend " + b.spent
                        + " is not in the budget ceiling's currency " + b.budgetCeiling.currency());
            }
            if (!b.budgetCeiling.isPositive() || b.spent.isNegative()) {
                throw new PactumException(RiskError.BAD_SNAPSHOT, "budgetCeiling",
                        "budget ceiling must be positive and spend not negative");
            }
            this.budgetCurrency = b.budgetCeiling.currency();
            this.ceilingMinor = minor(b.budgetCeiling, "budgetCeiling");
            this.spentMinor = minor(b.spent, "spent");
        } else {
            this.budgetCurrency = null;
            this.ceilingMinor = 0;
            this.spentMinor = 0;
        }
        this.expiry = day(b.expiryDate, "expiryDate");
        this.cancelBy = day(b.cancelByDate, "cancelByDate");
        this.autoRenewal = day(b.autoRenewalDate, "autoRenewalDate");
        if ((b.approvalSubmittedAt == null) != (b.approvalDueAt == null)) {
            throw new PactumException(RiskError.BAD_SNAPSHOT, "approvalDueAt",
                    "approval submission time and SLA due time are given together or not at all");
        }
        if (b.approvalSubmittedAt != null && b.approvalDueAt != null
                && b.approvalDueAt.isBefore(b.approvalSubmittedAt)) {
            throw new PactumException(RiskError.BAD_SNAPSHOT, "approvalDueAt",
                    "approval SLA ends before the submission");
        }
        this.approvalSubmittedAt = b.approvalSubmittedAt;
        this.approvalDueAt = b.approvalDueAt;
        this.signatureSent = day(b.signatureSentOn, "signatureSentOn");
        this.updatedOn = day(b.updatedOn, "updatedOn");
        this.amendments = b.amendmentDates.stream().mapToInt(d -> day(d, "amendmentDates")).sorted().toArray();
        this.deviations = b.deviations;
        this.facts = b.facts;
        int n = b.obligations.size();
        this.obId = new String[n];
        this.obKind = new byte[n];
        this.obDue = new int[n];
        this.obFulfilled = new int[n];
        this.obOutstanding = new long[n];
        this.obCurrency = new Currency[n];
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < n; i++) {
            ObligationSnapshot o = b.obligations.get(i);
            if (!ids.add(o.id())) {
                throw new PactumException(RiskError.BAD_SNAPSHOT, "obligations[" + i + "].id",
                        "obligation id \"" + o.id() + "\" appears twice");
            }
            obId[i] = o.id();
            obKind[i] = (byte) o.kind().ordinal();
            obDue[i] = day(o.dueDate(), "obligations", i, ".dueDate");
            obFulfilled[i] = o.fulfilledOn() == null ? OPEN : day(o.fulfilledOn(), "obligations", i, ".fulfilledOn");
            Money out = o.outstanding();
            obOutstanding[i] = out == null ? -1 : minor(out, "obligations", i, ".outstanding");
            obCurrency[i] = out == null ? null : out.currency();
        }
    }

    /** A copy of {@code base} with obligation {@code index} set (or appended when it is the length). */
    private RiskSnapshot(RiskSnapshot base, int index, ObligationSnapshot o) {
        this.contractId = base.contractId;
        this.number = base.number;
        this.type = base.type;
        this.department = base.department;
        this.counterpartyId = base.counterpartyId;
        this.partyKey = base.partyKey;
        this.partyHash = base.partyHash;
        this.counterpartyName = base.counterpartyName;
        this.status = base.status;
        this.direction = base.direction;
        this.valueCurrency = base.valueCurrency;
        this.valueMinor = base.valueMinor;
        this.budgetCurrency = base.budgetCurrency;
        this.ceilingMinor = base.ceilingMinor;
        this.spentMinor = base.spentMinor;
        this.expiry = base.expiry;
        this.cancelBy = base.cancelBy;
        this.autoRenewal = base.autoRenewal;
        this.approvalSubmittedAt = base.approvalSubmittedAt;
        this.approvalDueAt = base.approvalDueAt;
        this.signatureSent = base.signatureSent;
        this.updatedOn = base.updatedOn;
        this.amendments = base.amendments;
        this.deviations = base.deviations;
        this.facts = base.facts;
        int n = Math.max(base.obId.length, index + 1);
        int due = day(o.dueDate(), "obligations", index, ".dueDate");
        int fulfilled = o.fulfilledOn() == null ? OPEN : day(o.fulfilledOn(), "obligations", index, ".fulfilledOn");
        Money out = o.outstanding();
        long outstanding = out == null ? -1 : minor(out, "obligations", index, ".outstanding");
        this.obId = Arrays.copyOf(base.obId, n);
        this.obKind = Arrays.copyOf(base.obKind, n);
        this.obDue = Arrays.copyOf(base.obDue, n);
        this.obFulfilled = Arrays.copyOf(base.obFulfilled, n);
        this.obOutstanding = Arrays.copyOf(base.obOutstanding, n);
        this.obCurrency = Arrays.copyOf(base.obCurrency, n);
        obId[index] = o.id();
        obKind[index] = (byte) o.kind().ordinal();
        obDue[index] = due;
        obFulfilled[index] = fulfilled;
        obOutstanding[index] = outstanding;
        obCurrency[index] = out == null ? null : out.currency();
    }

    /**
     * {@link #minor(Money, String)} for a field of a list element: the path ({@code list[index]field})
     * is built only to name a bad amount, since obligations are checked by the million.
     */
    static long minor(Money m, String list, int index, String field) {
        BigDecimal amount = m.amount();
        // up to 18 digits the minor units fit, and are read without the BigInteger minorUnits() makes
        return amount.precision() <= 18 ? amount.scaleByPowerOfTen(amount.scale()).longValue()
                : minor(m, list + "[" + index + "]" + field);
    }

    /**
     * {@link #day(LocalDate, String)} for a field of a list element: the path ({@code list[index]field})
     * is built only to name a bad date.
     */
    static int day(LocalDate d, String list, int index, String field) {
        int year = d.getYear();
        return year < 1 || year > 9999 ? day(d, list + "[" + index + "]" + field) : (int) d.toEpochDay();
    }

    static long minor(Money m, String path) {
        BigInteger units = m.minorUnits();
        if (units.bitLength() > 62) {
            throw new PactumException(RiskError.AMOUNT_OUT_OF_RANGE, path, m + " is beyond 2^62 minor units");
        }
        return units.longValue();
    }

    static int day(@Nullable LocalDate d, String path) {
        if (d == null) {
            return NO_DAY;
        }
        // epoch days are held as ints: keep to years 1..9999 so that no date wraps around silently
        if (d.getYear() < 1 || d.getYear() > 9999) {
            throw new PactumException(RiskError.BAD_SNAPSHOT, path, "dates are in the years 1 to 9999, got " + d);
        }
        return (int) d.toEpochDay();
    }

    private static @Nullable LocalDate date(int day) {
        return day == NO_DAY ? null : LocalDate.ofEpochDay(day);
    }

    /**
     * Starts a snapshot with its identity; the rest defaults to an active contract without
     * dates, budget, obligations or deviations.
     *
     * @param contractId the contract
     * @param number the contract number shown to people
     * @param type the contract type, choosing the risk profile
     * @param department the owning department
     * @param counterpartyId the other party
     * @param counterpartyName the other party's name shown to people
     * @param value the contract value
     * @param updatedOn the date the contract's data last changed
     * @return a builder; not thread-safe
     */
    public static Builder builder(ContractId contractId, String number, ContractTypeId type, DepartmentId department,
            PartyId counterpartyId, String counterpartyName, Money value, LocalDate updatedOn) {
        return new Builder(contractId, number, type, department, counterpartyId, counterpartyName, value, updatedOn);
    }

    /** A builder holding this snapshot's values, to derive a changed snapshot. */
    public Builder toBuilder() {
        Builder b = builder(contractId, number, type, department, counterpartyId, counterpartyName, value(),
                updatedOn());
        b.status(status).direction(direction).deviations(deviations).obligations(obligations())
                .amendmentDates(amendmentDates());
        if (budgetCurrency != null) {
            b.budget(Money.ofMinor(ceilingMinor, budgetCurrency), Money.ofMinor(spentMinor, budgetCurrency));
        }
        b.expiryDate = expiryDate();
        b.cancelByDate = cancelByDate();
        b.autoRenewalDate = autoRenewalDate();
        b.approvalSubmittedAt = approvalSubmittedAt;
        b.approvalDueAt = approvalDueAt;
        b.signatureSentOn = signatureSentOn();
        b.facts = facts;
        return b;
    }

    /** The contract. */
    public ContractId contractId() {
        return contractId;
    }

    /** The contract number shown to people. */
    public String number() {
        return number;
    }

    /** The contract type. */
    public ContractTypeId type() {
        return type;
    }

    /** The owning department. */
    public DepartmentId department() {
        return department;
    }

    /** The other party. */
    public PartyId counterpartyId() {
        return counterpartyId;
    }

    /** The other party's name. */
    public String counterpartyName() {
        return counterpartyName;
    }

    /** The lifecycle status. */
    public ContractStatus status() {
        return status;
    }

    /** Whether the organisation sells, buys or neither. */
    public Direction direction() {
        return direction;
    }

    /** The contract value. */
    public Money value() {
        return Money.ofMinor(valueMinor, valueCurrency);
    }

    /** The budget ceiling, or {@code null}. */
    public @Nullable Money budgetCeiling() {
        return budgetCurrency == null ? null : Money.ofMinor(ceilingMinor, budgetCurrency);
    }

    /** The amount spent against the budget so far, or {@code null}. */
    public @Nullable Money spent() {
        return budgetCurrency == null ? null : Money.ofMinor(spentMinor, budgetCurrency);
    }

    /** The last day of the current term, or {@code null}. */
    public @Nullable LocalDate expiryDate() {
        return date(expiry);
    }

    /** The last day to give notice of non-renewal, or {@code null}. */
    public @Nullable LocalDate cancelByDate() {
        return date(cancelBy);
    }

    /** The first day of the next automatic renewal term, or {@code null}. */
    public @Nullable LocalDate autoRenewalDate() {
        return date(autoRenewal);
    }

    /** When the pending approval was submitted, or {@code null}. */
    public @Nullable Instant approvalSubmittedAt() {
        return approvalSubmittedAt;
    }

    /** When the pending approval's SLA ends, or {@code null}. */
    public @Nullable Instant approvalDueAt() {
        return approvalDueAt;
    }

    /** When the contract was sent for signature, or {@code null}. */
    public @Nullable LocalDate signatureSentOn() {
        return date(signatureSent);
    }

    /** The date the contract's data last changed. */
    public LocalDate updatedOn() {
        return LocalDate.ofEpochDay(updatedOn);
    }

    /** The effective dates of the amendments, ascending. */
    public List<LocalDate> amendmentDates() {
        List<LocalDate> out = new ArrayList<>(amendments.length);
        for (int a : amendments) {
            out.add(LocalDate.ofEpochDay(a));
        }
        return List.copyOf(out);
    }

    /** How the text departs from standard. */
    public DeviationFacts deviations() {
        return deviations;
    }

    /** The facts custom rules see, or {@code null} when the host gave none. */
    public @Nullable ContractFacts facts() {
        return facts;
    }

    /** The obligations, in the order given. */
    public List<ObligationSnapshot> obligations() {
        List<ObligationSnapshot> out = new ArrayList<>(obId.length);
        for (int i = 0; i < obId.length; i++) {
            out.add(obligation(i));
        }
        return List.copyOf(out);
    }

    /** The number of obligations. */
    public int obligationCount() {
        return obId.length;
    }

    ObligationSnapshot obligation(int i) {
        Currency c = obCurrency[i];
        return new ObligationSnapshot(obId[i], ObligationKind.values()[obKind[i]], LocalDate.ofEpochDay(obDue[i]),
                obFulfilled[i] == OPEN ? null : LocalDate.ofEpochDay(obFulfilled[i]),
                c == null ? null : Money.ofMinor(obOutstanding[i], c));
    }

    /** The same snapshot with other obligations (a fulfilment or a schedule change). */
    public RiskSnapshot withObligations(List<ObligationSnapshot> newObligations) {
        return toBuilder().obligations(newObligations).build();
    }

    /**
     * Approximately the bytes a scan reads for this snapshot: its dates, amounts and obligation
     * arrays (not the ids and names, which are read only when an alert is raised). Used to size
     * the memory-bandwidth floor in benchmarks.
     */
    public long scannedBytes() {
        return 64L + 4L * amendments.length + 17L * obId.length;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof RiskSnapshot)) {
            return false;
        }
        RiskSnapshot s = (RiskSnapshot) o;
        return sameContractFields(s) && Arrays.equals(obId, s.obId) && Arrays.equals(obKind, s.obKind)
                && Arrays.equals(obDue, s.obDue) && Arrays.equals(obFulfilled, s.obFulfilled)
                && Arrays.equals(obOutstanding, s.obOutstanding) && Arrays.equals(obCurrency, s.obCurrency);
    }

    /** Whether every field but the obligations is equal: then only obligation rules can differ. */
    boolean sameContractFields(RiskSnapshot s) {
        return contractId.equals(s.contractId) && number.equals(s.number) && type.equals(s.type)
                && department.equals(s.department) && counterpartyId.equals(s.counterpartyId)
                && counterpartyName.equals(s.counterpartyName) && status == s.status && direction == s.direction
                && valueCurrency.equals(s.valueCurrency) && valueMinor == s.valueMinor
                && Objects.equals(budgetCurrency, s.budgetCurrency) && ceilingMinor == s.ceilingMinor
                && spentMinor == s.spentMinor && expiry == s.expiry && cancelBy == s.cancelBy
                && autoRenewal == s.autoRenewal && Objects.equals(approvalSubmittedAt, s.approvalSubmittedAt)
                && Objects.equals(approvalDueAt, s.approvalDueAt) && signatureSent == s.signatureSent
                && updatedOn == s.updatedOn && Arrays.equals(amendments, s.amendments)
                && deviations.equals(s.deviations) && Objects.equals(facts, s.facts);
    }

    /** Whether obligation {@code i} is the same in both snapshots (id, kind, dates and amount). */
    boolean sameObligation(int i, RiskSnapshot s) {
        return obId[i].equals(s.obId[i]) && obKind[i] == s.obKind[i] && obDue[i] == s.obDue[i]
                && obFulfilled[i] == s.obFulfilled[i] && obOutstanding[i] == s.obOutstanding[i]
                && Objects.equals(obCurrency[i], s.obCurrency[i]);
    }

    /** The index of the obligation with this id, or -1. */
    int obligationIndex(String id) {
        for (int i = 0; i < obId.length; i++) {
            if (obId[i].equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The same snapshot with one obligation replaced (the one with the same id) or, for a new id,
     * added at the end. Cheaper than {@link #withObligations}: only the obligation columns are copied.
     *
     * @param obligation the obligation's new state
     * @return the changed snapshot
     * @throws PactumException {@link RiskError#BAD_SNAPSHOT} for a date outside the years 1 to 9999,
     *     {@link RiskError#AMOUNT_OUT_OF_RANGE} for an amount beyond 2^62 minor units
     */
    public RiskSnapshot withObligation(ObligationSnapshot obligation) {
        Objects.requireNonNull(obligation, "obligation");
        int i = obligationIndex(obligation.id());
        return new RiskSnapshot(this, i < 0 ? obId.length : i, obligation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(contractId, status, valueMinor, expiry, updatedOn, Arrays.hashCode(obDue));
    }

    @Override
    public String toString() {
        return "RiskSnapshot[" + contractId.value() + " " + number + " " + status + ", " + obId.length
                + " obligations]";
    }

    /** Builds a {@link RiskSnapshot}. Not thread-safe. */
    public static final class Builder {
        private final ContractId contractId;
        private final String number;
        private final ContractTypeId type;
        private final DepartmentId department;
        private final PartyId counterpartyId;
        private final String counterpartyName;
        private final Money value;
        private final LocalDate updatedOn;
        private ContractStatus status = ContractStatus.ACTIVE;
        private Direction direction = Direction.NEUTRAL;
        private @Nullable Money budgetCeiling;
        private @Nullable Money spent;
        private @Nullable LocalDate expiryDate;
        private @Nullable LocalDate cancelByDate;
        private @Nullable LocalDate autoRenewalDate;
        private @Nullable Instant approvalSubmittedAt;
        private @Nullable Instant approvalDueAt;
        private @Nullable LocalDate signatureSentOn;
        private List<LocalDate> amendmentDates = List.of();
        private DeviationFacts deviations = DeviationFacts.none();
        private @Nullable ContractFacts facts;
        private List<ObligationSnapshot> obligations = List.of();

        Builder(ContractId contractId, String number, ContractTypeId type, DepartmentId department,
                PartyId counterpartyId, String counterpartyName, Money value, LocalDate updatedOn) {
            this.contractId = Objects.requireNonNull(contractId, "contractId");
            this.number = Objects.requireNonNull(number, "number");
            this.type = Objects.requireNonNull(type, "type");
            this.department = Objects.requireNonNull(department, "department");
            this.counterpartyId = Objects.requireNonNull(counterpartyId, "counterpartyId");
            this.counterpartyName = Objects.requireNonNull(counterpartyName, "counterpartyName");
            this.value = Objects.requireNonNull(value, "value");
            this.updatedOn = Objects.requireNonNull(updatedOn, "updatedOn");
            if (value.isNegative()) {
                throw new PactumException(RiskError.BAD_SNAPSHOT, "value", "contract value must not be negative");
            }
        }

        /** Sets the lifecycle status (default {@code ACTIVE}). */
        public Builder status(ContractStatus value) {
            this.status = Objects.requireNonNull(value, "status");
            return this;
        }

        /** Sets the direction (default {@code NEUTRAL}). */
        public Builder direction(Direction value) {
            this.direction = Objects.requireNonNull(value, "direction");
            return this;
        }

        /** Sets the budget ceiling and the amount spent against it, in one currency. */
        public Builder budget(Money ceiling, Money spentSoFar) {
            this.budgetCeiling = Objects.requireNonNull(ceiling, "ceiling");
            this.spent = Objects.requireNonNull(spentSoFar, "spent");
            return this;
        }

        /** Sets the last day of the current term. */
        public Builder expiryDate(LocalDate value) {
            this.expiryDate = Objects.requireNonNull(value, "expiryDate");
            return this;
        }

        /** Sets the cancel-by date and the first day of the next renewal term of an auto-renewal. */
        public Builder autoRenewal(LocalDate cancelBy, LocalDate renewsOn) {
            this.cancelByDate = Objects.requireNonNull(cancelBy, "cancelBy");
            this.autoRenewalDate = Objects.requireNonNull(renewsOn, "renewsOn");
            return this;
        }

        /** Sets the pending approval's submission time and SLA end. */
        public Builder approval(Instant submittedAt, Instant dueAt) {
            this.approvalSubmittedAt = Objects.requireNonNull(submittedAt, "submittedAt");
            this.approvalDueAt = Objects.requireNonNull(dueAt, "dueAt");
            return this;
        }

        /** Sets the date the contract was sent for signature. */
        public Builder signatureSentOn(LocalDate value) {
            this.signatureSentOn = Objects.requireNonNull(value, "signatureSentOn");
            return this;
        }

        /** Sets the amendments' effective dates. */
        public Builder amendmentDates(List<LocalDate> value) {
            this.amendmentDates = List.copyOf(value);
            return this;
        }

        /** Sets the deviations from standard terms. */
        public Builder deviations(DeviationFacts value) {
            this.deviations = Objects.requireNonNull(value, "deviations");
            return this;
        }

        /** Sets the facts custom rules see. */
        public Builder facts(ContractFacts value) {
            this.facts = Objects.requireNonNull(value, "facts");
            return this;
        }

        /** Sets the obligations. */
        public Builder obligations(List<ObligationSnapshot> value) {
            this.obligations = List.copyOf(value);
            return this;
        }

        /**
         * Builds the snapshot.
         *
         * @throws PactumException {@link RiskError#BAD_SNAPSHOT}, {@link RiskError#SNAPSHOT_CURRENCY} or
         *     {@link RiskError#AMOUNT_OUT_OF_RANGE} naming the field
         */
        public RiskSnapshot build() {
            return new RiskSnapshot(this);
        }
    }
}
