package io.pactum.core.contract;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * A reference to the same deal in another system: a CRM opportunity, an ERP order, a project.
 *
 * @param system the other system's name, for example {@code CRM} or {@code ERP}
 * @param id the id there
 */
public record ExternalReference(@NotBlank @Size(max = 64) String system, @NotBlank @Size(max = 128) String id) {

    /** Checks presence. */
    public ExternalReference {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(id, "id");
    }
}
