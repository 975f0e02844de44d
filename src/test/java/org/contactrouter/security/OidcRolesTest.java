package org.contactrouter.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.contactrouter.officer.Role;
import org.junit.jupiter.api.Test;

class OidcRolesTest {

    static final OidcRoles ENTRA = new OidcRoles("roles", Map.of("ContactRouter.Officer", Role.OFFICER,
            "ContactRouter.Supervisor", Role.SUPERVISOR));

    @Test
    void mappedRoleValuesGiveRolesAndOthersNothing() {
        assertThat(ENTRA.rolesOf(Map.of("roles", List.of("ContactRouter.Supervisor", "Finance.Approver"))))
                .containsExactly(Role.SUPERVISOR);
        assertThat(ENTRA.rolesOf(Map.of("roles", List.of("Finance.Approver")))).isEmpty();
        assertThat(ENTRA.rolesOf(Map.of("groups", List.of("ContactRouter.Officer")))).isEmpty();
    }

    @Test
    void usernamesAreLowerCase() {
        assertThat(OidcRoles.username(" Alice.Evans@Council.gov.uk ")).isEqualTo("alice.evans@council.gov.uk");
    }
}
