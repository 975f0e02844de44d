package org.contactrouter.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may do what. The contact page, Open311 and health are public. Staff pages use form login with CSRF
 * protection; the JSON API uses HTTP Basic for staff or a scoped API key for council systems, and is stateless. Roles: OFFICER, SUPERVISOR (also an officer) and
 * ADMIN (system administration, kept apart from casework).
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    private static final String ROLE_OFFICER = "ROLE_OFFICER";
    private static final String ROLE_SUPERVISOR = "ROLE_SUPERVISOR";

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ApiKeys apiKeys) throws Exception {
        http.securityMatcher("/api/**", "/open311/**", "/webhooks/**", "/actuator/**")
                .addFilterBefore(new ApiKeyAuthenticationFilter(apiKeys), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/open311/**").permitAll()
                        // Webhooks prove who sent them by their own signature (Meta: X-Hub-Signature-256)
                        .requestMatchers("/webhooks/**").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/v1/contacts", "/api/v1/contacts/**")
                        .hasAnyAuthority(ROLE_OFFICER, ROLE_SUPERVISOR, "ROLE_ADMIN", ApiScope.CONTACTS_WRITE.authority())
                        .requestMatchers(HttpMethod.GET, "/api/v1/cases", "/api/v1/cases/*")
                        .hasAnyAuthority(ROLE_OFFICER, ROLE_SUPERVISOR, ApiScope.CASES_READ.authority())
                        .requestMatchers(HttpMethod.PUT, "/api/v1/routing/settings").hasRole("SUPERVISOR")
                        .requestMatchers(HttpMethod.PUT, "/api/v1/officers/me/presence").hasAnyRole("OFFICER", "SUPERVISOR")
                        .requestMatchers("/api/v1/officers", "/api/v1/officers/**").hasRole("ADMIN")
                        .requestMatchers("/api/v1/cases", "/api/v1/cases/**", "/api/v1/queue", "/api/v1/queue/**",
                                "/api/v1/offers", "/api/v1/offers/**",
                                "/api/v1/routing/settings").hasAnyRole("OFFICER", "SUPERVISOR")
                        // SLA attainment reports are for supervisors
                        .requestMatchers("/api/v1/reports/**")
                        .hasAnyAuthority(ROLE_SUPERVISOR, ApiScope.REPORTS_READ.authority())
                        .anyRequest().hasRole("ADMIN"))
                .httpBasic(Customizer.withDefaults())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless API, Open311 and webhook clients send no session cookie, so there is nothing to forge.
                .csrf(csrf -> csrf.disable())
                .headers(SecurityConfiguration::securityHeaders);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageSecurity(HttpSecurity http,
                                     ObjectProvider<OAuth2UserService<OidcUserRequest, OidcUser>> staffOidcUserService)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/", "/contact", "/contact/**", "/cyswllt", "/login", "/error", "/webjars/**", "/assets/**",
                                "/css/**", "/js/**", "/favicon.ico", "/oauth2/**", "/login/oauth2/**").permitAll()
                        .requestMatchers("/cases", "/cases/**", "/workspace", "/workspace/**")
                        .hasAnyRole("OFFICER", "SUPERVISOR")
                        .requestMatchers("/admin", "/admin/**").hasRole("ADMIN")
                        // Supervision: the dashboard, reports and the what-if simulator; the citizen status page is
                        // public (rate-limited)
                        .requestMatchers("/supervisor", "/supervisor/**").hasRole("SUPERVISOR")
                        .requestMatchers("/status").permitAll()
                        .requestMatchers("/staff").authenticated()
                        // Every staff page is under a prefix above (StaffPagesAreProtectedTest checks each handler),
                        // so an address nobody serves is a 404 for everyone rather than a sign-in page.
                        .anyRequest().permitAll())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/staff", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/"))
                .headers(SecurityConfiguration::securityHeaders);
        OAuth2UserService<OidcUserRequest, OidcUser> oidc = staffOidcUserService.getIfAvailable();
        if (oidc != null) {
            http.oauth2Login(login -> login.loginPage("/login").defaultSuccessUrl("/staff", false)
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidc)));
        }
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    private static void securityHeaders(
            org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN));
    }
}
