package io.pactum.examples.quickstart;

import io.pactum.core.contract.Contract;
import io.pactum.core.obligation.ObligationPlan;
import io.pactum.core.template.Template;
import io.pactum.core.template.TemplateVersion;
import io.pactum.core.template.VariableValues;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One shipped sample contract: the contract record, the template it is drafted from with the
 * variable values, its obligation plan and the day it was signed (the event its first payments
 * count from). Immutable.
 *
 * @param key the sample's key in {@code samples.json}, for example {@code service-zh}
 * @param contract the contract as the model holds it
 * @param template the template with its versions
 * @param values the variable values for the template's published version
 * @param plan the obligation plan
 * @param signedOn the signature date
 * @param templateFile the template's file, relative to {@link QuickstartResources#BASE}
 */
public record Sample(String key, Contract contract, Template template, VariableValues values, ObligationPlan plan,
        LocalDate signedOn, String templateFile) {

    /** Checks that nothing is missing. */
    public Sample {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(signedOn, "signedOn");
        Objects.requireNonNull(templateFile, "templateFile");
    }

    /** The template version the sample drafts from: the latest published one. */
    public TemplateVersion templateVersion() {
        return template.latestPublished().orElseThrow(
                () -> new IllegalStateException("sample " + key + ": template " + template.id() + " has no published version"));
    }
}
