package io.pactum.core.template;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A template and its versions. Immutable and thread-safe.
 *
 * @param id the template id
 * @param name a human name
 * @param versions at least one; all of this template, numbers unique; sorted ascending
 */
public record Template(TemplateId id, String name, List<TemplateVersion> versions) {

    /** Checks that the versions belong to this template and have unique numbers. */
    public Template {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        versions = versions.stream().sorted(Comparator.comparingInt(TemplateVersion::version)).toList();
        if (versions.isEmpty()) {
            throw new io.pactum.core.error.PactumException(TemplateError.BAD_TEMPLATE, "versions",
                    "template " + id + " has no version");
        }
        Set<Integer> seen = new HashSet<>();
        for (TemplateVersion v : versions) {
            if (!v.templateId().equals(id)) {
                throw new io.pactum.core.error.PactumException(TemplateError.BAD_TEMPLATE, "versions",
                        "version " + v.version() + " belongs to template " + v.templateId() + ", not " + id);
            }
            if (!seen.add(v.version())) {
                throw new io.pactum.core.error.PactumException(TemplateError.BAD_TEMPLATE, "versions",
                        "template " + id + " has version " + v.version() + " twice");
            }
        }
    }

    /** The version with this number. */
    public Optional<TemplateVersion> version(int number) {
        return versions.stream().filter(v -> v.version() == number).findFirst();
    }

    /** The highest published version: the one to draft from. */
    public Optional<TemplateVersion> latestPublished() {
        for (int i = versions.size() - 1; i >= 0; i--) {
            if (versions.get(i).isPublished()) {
                return Optional.of(versions.get(i));
            }
        }
        return Optional.empty();
    }
}
