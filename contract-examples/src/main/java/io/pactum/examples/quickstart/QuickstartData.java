package io.pactum.examples.quickstart;

import io.pactum.core.calendar.BusinessCalendar;
import io.pactum.core.clause.ClauseLibrary;
import io.pactum.core.codec.ContractJson;
import io.pactum.core.codec.ContractTypeJson;
import io.pactum.core.contract.ContractTypeId;
import io.pactum.core.error.CoreError;
import io.pactum.examples.quickstart.year.YearScript;
import io.pactum.core.contract.type.ContractType;
import io.pactum.core.json.JsonInput;
import io.pactum.core.json.JsonObjectReader;
import io.pactum.core.obligation.EventType;
import io.pactum.core.obligation.ObligationPlans;
import io.pactum.core.obligation.ObligationScheduler;
import io.pactum.core.obligation.Schedule;
import io.pactum.core.obligation.ScheduleInput;
import io.pactum.core.reminder.ReminderPolicies;
import io.pactum.core.reminder.ReminderPolicy;
import io.pactum.core.template.ComposedDocument;
import io.pactum.core.template.CompositionRequest;
import io.pactum.core.template.Template;
import io.pactum.core.template.TemplateComposer;
import io.pactum.core.template.TemplateJson;
import io.pactum.core.template.TemplateVersion;
import io.pactum.core.template.VariableValues;
import io.pactum.rules.approval.ApprovalPolicy;
import io.pactum.rules.approval.ApprovalPolicyJson;
import io.pactum.rules.risk.RiskProfileJson;
import io.pactum.rules.risk.RiskProfiles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the quickstart ships as data, read through the library's own strict JSON readers:
 * contract types ({@link ContractTypeJson}), the Chinese and English clause libraries and three
 * templates ({@link TemplateJson}), the approval policy ({@link ApprovalPolicyJson}, which also runs
 * its static checks), the risk profiles ({@link RiskProfileJson}), the reminder policy
 * ({@link ReminderPolicies}) and one obligation plan per sample contract ({@link ObligationPlans}).
 * {@code samples.json} names, per sample, its contract, template, values, plan and signature date;
 * {@code year-2026.json} is the script of the samples' year ({@link YearScript}).
 *
 * <p>Any problem in a file comes back as the readers' {@code ValidationException} with JSON
 * pointers. Immutable and thread-safe once loaded; the composer inside is thread-safe.
 */
public final class QuickstartData {

    /** The contract types shipped, in the order they are listed. */
    public static final List<String> CONTRACT_TYPES = List.of("service", "nda", "sales");

    private final Map<ContractTypeId, ContractType> contractTypes;
    private final ClauseLibrary clauses;
    private final ApprovalPolicy approvalPolicy;
    private final RiskProfiles riskProfiles;
    private final ReminderPolicy reminderPolicy;
    private final List<Sample> samples;
    private final YearScript year;
    private final BusinessCalendar calendar;
    private final TemplateComposer composer;

    private QuickstartData(Map<ContractTypeId, ContractType> contractTypes, ClauseLibrary clauses,
            ApprovalPolicy approvalPolicy, RiskProfiles riskProfiles, ReminderPolicy reminderPolicy, List<Sample> samples,
            YearScript year) {
        this.contractTypes = Map.copyOf(contractTypes);
        this.clauses = clauses;
        this.approvalPolicy = approvalPolicy;
        this.riskProfiles = riskProfiles;
        this.reminderPolicy = reminderPolicy;
        this.samples = List.copyOf(samples);
        this.year = year;
        // The company of the samples works on China's calendar, 调休 included.
        this.calendar = BusinessCalendar.chinaMainland();
        this.composer = TemplateComposer.of(clauses);
    }

    /** Reads every shipped file. */
    public static QuickstartData load() {
        Map<ContractTypeId, ContractType> types = new LinkedHashMap<>();
        for (String type : CONTRACT_TYPES) {
            ContractType t = ContractTypeJson.read(QuickstartResources.text("contract-types/" + type + ".json"));
            types.put(t.id(), t);
        }
        ClauseLibrary zh = TemplateJson.readClauseLibrary(QuickstartResources.text("clauses/library-zh.json"),
                QuickstartResources.loader());
        ClauseLibrary en = TemplateJson.readClauseLibrary(QuickstartResources.text("clauses/library-en.json"),
                QuickstartResources.loader());
        return new QuickstartData(types, zh.with(en.clauses()),
                ApprovalPolicyJson.parse(QuickstartResources.text("policies/approval-policy.json")),
                RiskProfileJson.parse(QuickstartResources.text("policies/risk-profiles.json")),
                ReminderPolicies.fromJson(QuickstartResources.text("policies/reminder-policy.json")),
                readSamples(QuickstartResources.text("samples.json")), YearScript.fromJson(QuickstartResources.text("year-2026.json")));
    }

    /** Reads the sample list ({@code samples.json}) and every file it names. */
    static List<Sample> readSamples(String samplesJson) {
        List<SampleFiles> files = JsonInput.standard().read("sample list", samplesJson, root -> {
            List<SampleFiles> list = new ArrayList<>();
            Set<String> keys = new HashSet<>();
            for (JsonObjectReader s : root.objects("samples")) {
                String key = s.string("key");
                if (key != null && !keys.add(key)) {
                    // sample(key) finds the first: a second with the same key would be silently unreachable.
                    s.error("key", CoreError.DUPLICATE, "sample " + key + " is listed twice");
                }
                String contract = s.string("contract");
                String template = s.string("template");
                String values = s.string("values");
                String plan = s.string("plan");
                LocalDate signedOn = s.date("signedOn");
                SampleFiles f = s.build(() -> new SampleFiles(Objects.requireNonNull(key), Objects.requireNonNull(contract),
                        Objects.requireNonNull(template), Objects.requireNonNull(values), Objects.requireNonNull(plan),
                        Objects.requireNonNull(signedOn)));
                if (f != null) {
                    list.add(f);
                }
            }
            return list;
        });
        List<Sample> samples = new ArrayList<>();
        for (SampleFiles f : files) {
            Template template = TemplateJson.readTemplate(QuickstartResources.text(f.template()), QuickstartResources.loader());
            TemplateVersion published = template.latestPublished().orElseThrow(() -> new IllegalStateException(
                    "sample " + f.key() + ": template " + template.id() + " has no published version"));
            VariableValues values = TemplateJson.readValues(QuickstartResources.text(f.values()), published.schema());
            samples.add(new Sample(f.key(), ContractJson.read(QuickstartResources.text(f.contract())), template, values,
                    ObligationPlans.fromJson(QuickstartResources.text(f.plan())), f.signedOn(), f.template()));
        }
        return samples;
    }

    private record SampleFiles(String key, String contract, String template, String values, String plan, LocalDate signedOn) {
    }

    /** The contract types by id. */
    public Map<ContractTypeId, ContractType> contractTypes() {
        return contractTypes;
    }

    /** The clause library: the Chinese and the English clauses together. */
    public ClauseLibrary clauses() {
        return clauses;
    }

    /** The approval policy of docs/approval.md, already through its static checks. */
    public ApprovalPolicy approvalPolicy() {
        return approvalPolicy;
    }

    /** The risk profiles: a default and one per contract type. */
    public RiskProfiles riskProfiles() {
        return riskProfiles;
    }

    /** The reminder policy: 7, 3 and 1 days before a due date, then escalation. */
    public ReminderPolicy reminderPolicy() {
        return reminderPolicy;
    }

    /** The sample contracts, in the order of {@code samples.json}. */
    public List<Sample> samples() {
        return samples;
    }

    /** The sample with this key. */
    public Sample sample(String key) {
        return samples.stream().filter(s -> s.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no sample " + key + "; samples are "
                        + samples.stream().map(Sample::key).toList()));
    }

    /** The business events of the samples' year 2026: signatures, payments, deliveries, acceptances, an amendment, a renewal. */
    public YearScript year() {
        return year;
    }

    /** The business calendar the samples are scheduled on: mainland China. */
    public BusinessCalendar calendar() {
        return calendar;
    }

    /** The composer over the clause library (thread-safe, caches parsed texts). */
    public TemplateComposer composer() {
        return composer;
    }

    /** Drafts a sample's document from its template and values with the standard clauses. */
    public ComposedDocument compose(Sample sample) {
        return composer.compose(CompositionRequest.of(sample.templateVersion(), sample.values()));
    }

    /** Schedules a sample's plan as of its signature; obligations waiting for later events stay pending. */
    public Schedule schedule(Sample sample) {
        return ObligationScheduler.using(calendar).schedule(sample.plan(),
                ScheduleInput.of(sample.contract()).withEvent(EventType.SIGNATURE, sample.signedOn()));
    }
}
