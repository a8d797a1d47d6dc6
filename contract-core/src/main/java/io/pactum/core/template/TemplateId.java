package io.pactum.core.template;

import io.pactum.core.internal.Checks;

/**
 * The stable identifier of a template: 1 to 64 letters, digits and {@code . _ : -}.
 *
 * @param value the identifier text
 */
public record TemplateId(String value) {

    /** Checks the identifier's form. */
    public TemplateId {
        Checks.id(value, "templateId");
    }

    /** The identifier for a text. */
    public static TemplateId of(String value) {
        return new TemplateId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
