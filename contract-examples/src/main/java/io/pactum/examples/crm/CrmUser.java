package io.pactum.examples.crm;

import java.util.Objects;

/**
 * A CRM user as the channels address them.
 *
 * @param id the user id Pactum knows (the directory's)
 * @param name the display name
 * @param email the e-mail address
 * @param wecomId the WeCom (企业微信) user id
 */
public record CrmUser(String id, String name, String email, String wecomId) {

    /** Checks presence. */
    public CrmUser {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(wecomId, "wecomId");
    }
}
