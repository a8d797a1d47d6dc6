package io.pactum.core.clause;

import io.pactum.core.error.CoreError;
import io.pactum.core.error.PactumException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One version of a clause: its status, who approved it, its locale and its variants.
 *
 * @param version the version number, from 1
 * @param status draft, approved or retired
 * @param approval who approved it when; required unless the version is a draft
 * @param locale the language it is written in
 * @param title the clause heading, for example "Confidentiality" or "保密条款"
 * @param variants the standard variant first, then the pre-approved fallbacks; keys unique
 */
public record ClauseVersion(int version, ClauseStatus status, @Nullable Approval approval, ContractLocale locale,
        String title, List<ClauseVariant> variants) {

    /** Checks the invariants: positive version, approval when not a draft, standard first, unique keys. */
    public ClauseVersion {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(title, "title");
        variants = List.copyOf(variants);
        if (version < 1) {
            throw new PactumException(CoreError.OUT_OF_RANGE, "version", "version must be at least 1, got " + version);
        }
        if (title.isBlank()) {
            throw new PactumException(CoreError.REQUIRED, "title", "clause title is blank");
        }
        if (status != ClauseStatus.DRAFT && approval == null) {
            throw new PactumException(CoreError.REQUIRED, "approval",
                    "an " + status.name().toLowerCase(java.util.Locale.ROOT) + " clause version needs its approval");
        }
        if (variants.isEmpty() || !variants.get(0).isStandard()) {
            throw new PactumException(CoreError.REQUIRED, "variants",
                    "the first variant must be the standard one (key \"standard\")");
        }
        Set<String> keys = new HashSet<>();
        for (ClauseVariant v : variants) {
            if (!keys.add(v.key())) {
                throw new PactumException(CoreError.DUPLICATE, "variants", "duplicate variant key " + v.key());
            }
        }
    }

    /** The standard variant. */
    public ClauseVariant standard() {
        return variants.get(0);
    }

    /** The variant with this key. */
    public Optional<ClauseVariant> variant(String key) {
        return variants.stream().filter(v -> v.key().equals(key)).findFirst();
    }

    /** Whether it may be used in a new contract: approved, not draft or retired. */
    public boolean isUsable() {
        return status == ClauseStatus.APPROVED;
    }
}
