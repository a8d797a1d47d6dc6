package io.pactum.spi;

import io.pactum.core.error.PactumException;
import java.util.Objects;

/**
 * The identifier of a tenant: 1 to 64 letters, digits and {@code . _ : -}. Every port call is
 * made for one tenant; an adapter never lets one tenant see another's data.
 *
 * @param value the identifier text
 */
public record TenantId(String value) {

    /** Checks the identifier's form. */
    public TenantId {
        Objects.requireNonNull(value, "tenant");
        if (value.isEmpty() || value.length() > 64 || !value.matches("[A-Za-z0-9._:-]+")) {
            throw new PactumException(SpiError.BAD_ARGUMENT, "tenant",
                    "tenant id must be 1 to 64 letters, digits and . _ : - but is '" + value + "'");
        }
    }

    /** The tenant with this id. */
    public static TenantId of(String value) {
        return new TenantId(value);
    }

    /** The tenant of a single-tenant deployment, {@code default}. */
    public static TenantId single() {
        return new TenantId("default");
    }

    @Override
    public String toString() {
        return value;
    }
}
