package org.contactrouter.officer;

import java.time.Instant;

import org.contactrouter.persistence.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Staff accounts, stored in the database, used for sign-in. */
@Service
public class OfficerAccounts implements UserDetailsService {

    private final JdbcClient jdbc;

    public OfficerAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql("select username, password_hash, role, enabled from officer where username = :username")
                .param("username", username)
                .query((rs, row) -> User.withUsername(rs.getString("username"))
                        .password(rs.getString("password_hash"))
                        .roles(Role.valueOf(rs.getString("role")).grantedRoles())
                        .disabled(!rs.getBoolean("enabled"))
                        .build())
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("no such officer"));
    }

    public String passwordHashOf(String username) {
        return jdbc.sql("select password_hash from officer where username = :username").param("username", username)
                .query(String.class).single();
    }

    /** Creates the account, or updates its name, role and password when it exists. */
    public void save(String username, String displayName, Role role, String passwordHash, Instant now) {
        int updated = jdbc.sql("""
                        update officer set display_name = :name, role = :role, password_hash = :hash, enabled = true
                        where username = :username""")
                .param("name", displayName).param("role", role.name()).param("hash", passwordHash)
                .param("username", username).update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into officer (username, display_name, password_hash, role, enabled, created_at)
                            values (:username, :name, :hash, :role, true, :now)""")
                    .param("username", username).param("name", displayName).param("hash", passwordHash)
                    .param("role", role.name()).param("now", SqlTime.of(now)).update();
        }
    }
}
