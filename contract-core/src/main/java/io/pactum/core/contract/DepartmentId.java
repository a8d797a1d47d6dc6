package io.pactum.core.contract;

import io.pactum.core.internal.Checks;

/**
 * The identifier of a department: 1 to 64 letters, digits and {@code . _ : -}.
 *
 * @param value the identifier text
 */
public record DepartmentId(String value) {

    /** Checks the identifier's form. */
    public DepartmentId {
        Checks.id(value, "departmentId");
    }

    /** The identifier for a text. */
    public static DepartmentId of(String value) {
        return new DepartmentId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
