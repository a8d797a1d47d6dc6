package io.pactum.core.contract;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A person to talk to at a party.
 *
 * @param name the person's name
 * @param title the person's position, if known
 * @param email an e-mail address, if known
 * @param phone a telephone number, if known
 */
public record Contact(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) @Nullable String title,
        @Email @Size(max = 254) @Nullable String email,
        @Size(max = 40) @Nullable String phone) {

    /** Checks that the name is present. */
    public Contact {
        Objects.requireNonNull(name, "name");
    }

    /** A contact with a name and an e-mail address. */
    public static Contact of(String name, String email) {
        return new Contact(name, null, email, null);
    }
}
