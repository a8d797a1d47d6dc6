package io.pactum.spi.runtime;

import io.pactum.core.calendar.BusinessCalendar;
import io.pactum.core.contract.Contract;
import io.pactum.core.reminder.CatchUp;
import io.pactum.core.reminder.ReminderPolicies;
import io.pactum.core.reminder.ReminderPolicy;
import io.pactum.rules.risk.RiskProfileJson;
import io.pactum.rules.risk.RiskProfiles;
import io.pactum.spi.TenantId;
import io.pactum.spi.port.RecordKey;
import io.pactum.spi.port.RecordKind;
import io.pactum.spi.port.Transaction;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The runtime's settings for carrying out contracts, from the builder, and where a tenant's own
 * policies override them: a {@link RecordKind#REMINDER_POLICY} or {@link RecordKind#RISK_PROFILE}
 * record keyed by the contract's type id.
 *
 * @param calendar the business calendar obligations are scheduled on
 * @param reminderPolicy the reminder policy where the tenant has none for the contract type; its zone
 *     is the contract's zone (today's date, send instants, due and overdue instants)
 * @param catchUp what to do with reminders whose send time passed between two runs
 * @param riskProfiles the risk profiles where the tenant has none for the contract type; {@code null}: no risk alerts
 * @param tenants the tenants whose obligation ledgers {@code runDueWork} visits
 * @param channel the default notification channel
 */
record ExecutionSettings(BusinessCalendar calendar, ReminderPolicy reminderPolicy, CatchUp catchUp,
        @Nullable RiskProfiles riskProfiles, List<TenantId> tenants, String channel) {

    /** The reminder policy for a contract: the tenant's for its type, else the builder's. */
    ReminderPolicy reminderPolicy(Transaction tx, Contract contract) {
        return tx.getRecord(RecordKey.of(RecordKind.REMINDER_POLICY, contract.type().value()))
                .map(r -> ReminderPolicies.fromJson(r.body())).orElse(reminderPolicy);
    }

    /** The risk profiles for a contract: the tenant's for its type, else the builder's, if any. */
    Optional<RiskProfiles> riskProfiles(Transaction tx, Contract contract) {
        Optional<RiskProfiles> own = tx.getRecord(RecordKey.of(RecordKind.RISK_PROFILE, contract.type().value()))
                .map(r -> RiskProfileJson.parse(r.body()));
        return own.isPresent() ? own : Optional.ofNullable(riskProfiles);
    }
}
