package io.pactum.core.template;

import java.util.List;
import java.util.Objects;

/**
 * A recommended template version with its score and the reasons for it.
 *
 * @param template the published template version
 * @param score higher is better; only the order matters
 * @param reasons why it was chosen, in English, one fact each
 */
public record Recommendation(TemplateVersion template, int score, List<String> reasons) {

    /** Copies the reasons. */
    public Recommendation {
        Objects.requireNonNull(template, "template");
        reasons = List.copyOf(reasons);
    }
}
