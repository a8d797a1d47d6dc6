package io.pactum.core.template;

import io.pactum.core.error.PactumException;
import io.pactum.core.internal.Checks;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A numbered section of a template: inline text or a reference to a library clause, optionally
 * with a condition and subsections. Sections are numbered when composed, counting only those
 * included, so cross-references by anchor follow.
 *
 * @param anchor the stable name used by cross-references ({@code {{ref anchor}}}), variant choices and edits
 * @param heading the heading; {@code null} for a clause section takes the clause title
 * @param clause the referenced clause, or {@code null} for inline text
 * @param body the inline text in the template syntax, or {@code null}
 * @param when a condition in the closed grammar deciding whether the section is included, or {@code null}
 * @param mandatory whether omitting it in a composition is a deviation
 * @param children subsections, numbered 1.1, 1.2...
 */
public record Section(String anchor, @Nullable String heading, @Nullable ClauseRef clause, @Nullable String body,
        @Nullable String when, boolean mandatory, List<Section> children) {

    /** Checks that the section holds exactly one of clause and text, or only subsections, and has a heading. */
    public Section {
        Checks.id(anchor, "anchor");
        children = List.copyOf(children);
        if (clause != null && body != null) {
            throw new PactumException(TemplateError.BAD_SECTION, "body",
                    "section " + anchor + " has both a clause and inline text");
        }
        if (clause == null && body == null && children.isEmpty()) {
            throw new PactumException(TemplateError.BAD_SECTION, "body",
                    "section " + anchor + " has no clause, no text and no subsections");
        }
        if (clause == null && (heading == null || heading.isBlank())) {
            throw new PactumException(TemplateError.BAD_SECTION, "heading", "section " + anchor + " needs a heading");
        }
        if (when != null && when.isBlank()) {
            when = null;
        }
    }

    /** A section of inline text. */
    public static Section text(String anchor, String heading, String body) {
        return new Section(anchor, heading, null, Objects.requireNonNull(body, "body"), null, false, List.of());
    }

    /** A section holding a library clause, headed by the clause's title. */
    public static Section clause(String anchor, ClauseRef clause) {
        return new Section(anchor, null, Objects.requireNonNull(clause, "clause"), null, null, false, List.of());
    }

    /** A heading with subsections only. */
    public static Section group(String anchor, String heading, List<Section> children) {
        return new Section(anchor, heading, null, null, null, false, children);
    }

    /** This section, included only when the condition holds. */
    public Section when(String condition) {
        return new Section(anchor, heading, clause, body, condition, mandatory, children);
    }

    /** This section, marked mandatory. */
    public Section asMandatory() {
        return new Section(anchor, heading, clause, body, when, true, children);
    }

    /** This section with another heading. */
    public Section withHeading(String newHeading) {
        return new Section(anchor, newHeading, clause, body, when, mandatory, children);
    }

    /** This section with these subsections. */
    public Section withChildren(List<Section> newChildren) {
        return new Section(anchor, heading, clause, body, when, mandatory, newChildren);
    }
}
