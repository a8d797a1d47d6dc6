package io.pactum.spi.access;

import io.pactum.core.error.PactumException;
import io.pactum.spi.SpiError;

/** The access policy refused a command. The refusal is in the audit log. */
public final class AccessDeniedException extends PactumException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param explanation the decision's explanation
     */
    public AccessDeniedException(String explanation) {
        super(SpiError.ACCESS_DENIED, "", explanation);
    }
}
