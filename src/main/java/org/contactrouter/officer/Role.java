package org.contactrouter.officer;

/** What a member of staff may do. A supervisor is also an officer; an administrator runs the system, not cases. */
public enum Role {
    OFFICER, SUPERVISOR, ADMIN;

    /** The Spring Security roles this role grants. */
    public String[] grantedRoles() {
        return this == SUPERVISOR ? new String[] {"SUPERVISOR", "OFFICER"} : new String[] {name()};
    }
}
