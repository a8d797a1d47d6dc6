package io.pactum.rules.approval;

import io.pactum.core.contract.UserId;
import java.util.Objects;

/**
 * Who approves, as the policy names them; resolved to people against an {@link OrgStructure}
 * when a route is built. Each spec becomes one seat, except a manager chain, which becomes one
 * seat per level. Immutable and thread-safe.
 */
public sealed interface ApproverSpec {

    /** Anyone holding a role. */
    static ApproverSpec role(String role) {
        return new Role(role);
    }

    /** A named user. */
    static ApproverSpec user(String user) {
        return new User(UserId.of(user));
    }

    /** Any member of a group. */
    static ApproverSpec group(String group) {
        return new Group(group);
    }

    /** The owner's managers, one seat per level, up to {@code levels}. */
    static ApproverSpec managers(int levels) {
        return new ManagerChain(levels);
    }

    /** The head of the contract's department. */
    static ApproverSpec departmentHead() {
        return new DepartmentHead();
    }

    /** A short description, for explanations: {@code role finance}. */
    String describe();

    /**
     * Anyone holding a role.
     *
     * @param role the role name
     */
    record Role(String role) implements ApproverSpec {
        /** Checks the name. */
        public Role {
            Names.check(role, "role");
        }

        @Override
        public String describe() {
            return "role " + role;
        }
    }

    /**
     * A named user.
     *
     * @param user the user
     */
    record User(UserId user) implements ApproverSpec {
        /** Checks the user. */
        public User {
            Objects.requireNonNull(user, "user");
        }

        @Override
        public String describe() {
            return "user " + user;
        }
    }

    /**
     * Any member of a group.
     *
     * @param group the group name
     */
    record Group(String group) implements ApproverSpec {
        /** Checks the name. */
        public Group {
            Names.check(group, "group");
        }

        @Override
        public String describe() {
            return "group " + group;
        }
    }

    /**
     * The owner's managers up to a number of levels.
     *
     * @param levels 1 to 10
     */
    record ManagerChain(int levels) implements ApproverSpec {
        /** Checks the levels. */
        public ManagerChain {
            if (levels < 1 || levels > 10) {
                throw new IllegalArgumentException("manager levels must be 1 to 10, got " + levels);
            }
        }

        @Override
        public String describe() {
            return "owner's managers up to " + levels + " level" + (levels == 1 ? "" : "s");
        }
    }

    /** The head of the contract's department. */
    record DepartmentHead() implements ApproverSpec {
        @Override
        public String describe() {
            return "department head";
        }
    }
}
