package org.contactrouter.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.contactrouter.audit.AuditLog;
import org.contactrouter.persistence.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API keys for council systems: issued by an administrator with scopes, shown once, kept only as a SHA-256 hash
 * (the keys are long random secrets, so a slow password hash adds nothing), and revocable at any time.
 * A key reads {@code ccr_<prefix>_<secret>}; the prefix finds the row.
 */
@Service
public class ApiKeys {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    public ApiKeys(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** A key as listed: never its secret. */
    public record ApiKeyView(long id, String name, String prefix, List<String> scopes, String createdBy,
                             Instant createdAt, Instant revokedAt, Instant lastUsedAt) {
    }

    /** A new key: {@code secret} is shown to the administrator this once. */
    public record IssuedKey(long id, String name, String key, List<String> scopes) {
    }

    /** An authenticated caller: the key's name and scopes. */
    public record Caller(long id, String name, Set<ApiScope> scopes) {
    }

    @Transactional
    public IssuedKey issue(String name, Set<ApiScope> scopes, String administrator) {
        if (name == null || name.isBlank() || name.length() > 200 || scopes.isEmpty()) {
            throw new IllegalArgumentException("give the key a name (1 to 200 characters) and at least one scope");
        }
        String prefix = HEX.formatHex(random(6));
        String key = "ccr_" + prefix + "_" + HEX.formatHex(random(24));
        List<String> scopeKeys = scopes.stream().map(ApiScope::key).sorted().toList();
        jdbc.sql("""
                        insert into api_key (name, key_prefix, key_hash, scopes, created_by, created_at)
                        values (:name, :prefix, :hash, :scopes, :by, :at)""")
                .param("name", name.trim()).param("prefix", prefix).param("hash", sha256(key))
                .param("scopes", String.join(",", scopeKeys)).param("by", administrator)
                .param("at", SqlTime.of(clock.instant())).update();
        long id = jdbc.sql("select id from api_key where key_prefix = :p").param("p", prefix).query(Long.class).single();
        audit.record(administrator, "API_KEY_ISSUED", "key " + id + " '" + name.trim() + "' with " + scopeKeys);
        return new IssuedKey(id, name.trim(), key, scopeKeys);
    }

    @Transactional
    public boolean revoke(long id, String administrator) {
        boolean revoked = jdbc.sql("update api_key set revoked_at = :at where id = :id and revoked_at is null")
                .param("at", SqlTime.of(clock.instant())).param("id", id).update() == 1;
        if (revoked) {
            audit.record(administrator, "API_KEY_REVOKED", "key " + id);
        }
        return revoked;
    }

    public List<ApiKeyView> list() {
        return jdbc.sql("select * from api_key order by id")
                .query((rs, row) -> new ApiKeyView(rs.getLong("id"), rs.getString("name"), rs.getString("key_prefix"),
                        Arrays.asList(rs.getString("scopes").split(",")), rs.getString("created_by"),
                        SqlTime.read(rs, "created_at"), SqlTime.read(rs, "revoked_at"),
                        SqlTime.read(rs, "last_used_at")))
                .list();
    }

    /** The caller this key belongs to, unless it is unknown, wrong or revoked. */
    public Optional<Caller> authenticate(String key) {
        String[] parts = key == null ? new String[0] : key.trim().split("_");
        if (parts.length != 3 || !"ccr".equals(parts[0])) {
            return Optional.empty();
        }
        record Row(long id, String name, String hash, String scopes) {
        }
        Optional<Row> row = jdbc.sql("""
                        select id, name, key_hash, scopes from api_key where key_prefix = :p and revoked_at is null""")
                .param("p", parts[1])
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("name"), rs.getString("key_hash"),
                        rs.getString("scopes")))
                .optional();
        if (row.isEmpty() || !MessageDigest.isEqual(row.get().hash().getBytes(StandardCharsets.US_ASCII),
                sha256(key.trim()).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        jdbc.sql("update api_key set last_used_at = :at where id = :id")
                .param("at", SqlTime.of(clock.instant())).param("id", row.get().id()).update();
        return Optional.of(new Caller(row.get().id(), row.get().name(), Arrays.stream(row.get().scopes().split(","))
                .map(ApiScope::fromKey).collect(Collectors.toUnmodifiableSet())));
    }

    private static byte[] random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return value;
    }

    private static String sha256(String key) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
