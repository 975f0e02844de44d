package org.contactrouter.security;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.contactrouter.officer.OfficerDirectory;
import org.contactrouter.officer.Role;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Optional staff sign-in through the council's identity provider over OpenID Connect (most councils use
 * Microsoft Entra ID). On when {@code ccr.security.oidc.enabled}; the provider is a Spring Security client
 * registration ({@code spring.security.oauth2.client.registration.*}, see README). Roles come from the provider's
 * roles claim; officers must also exist here (for their skills), or sign-in is refused with a reason.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("ccr.security.oidc.enabled")
@EnableConfigurationProperties(OidcConfiguration.OidcProperties.class)
public class OidcConfiguration {

    /** {@code ccr.security.oidc}: the claims to read and how role values map to roles here. */
    @ConfigurationProperties("ccr.security.oidc")
    public record OidcProperties(boolean enabled, String usernameClaim, String rolesClaim,
                                 Map<String, Role> roleMapping) {
    }

    @Bean
    OAuth2UserService<OidcUserRequest, OidcUser> staffOidcUserService(OidcProperties properties,
                                                                     OfficerDirectory officers) {
        OidcRoles roles = new OidcRoles(properties.rolesClaim(), new LinkedHashMap<>(properties.roleMapping()));
        OidcUserService provider = new OidcUserService();
        return request -> {
            OidcUser user = provider.loadUser(request);
            String username = OidcRoles.username(user.getClaims().get(properties.usernameClaim()));
            Set<Role> granted = roles.rolesOf(user.getClaims());
            if (username == null || granted.isEmpty()) {
                throw refused("your account has no Contact Router role; ask an administrator");
            }
            if (officers.find(username).isEmpty()) {
                throw refused("your account is not set up in Contact Router; ask an administrator");
            }
            List<SimpleGrantedAuthority> authorities = granted.stream()
                    .flatMap(role -> Arrays.stream(role.grantedRoles()))
                    .distinct().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
            return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), properties.usernameClaim()) {
                @Override
                public String getName() {
                    return username;
                }
            };
        };
    }

    private static OAuth2AuthenticationException refused(String reason) {
        return new OAuth2AuthenticationException(new OAuth2Error("access_denied", reason, null), reason);
    }
}
