package org.contactrouter.channel.email;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Message-ID handling shared by inbound parsing and outbound composition. Ids are kept without angle brackets
 * everywhere in the application and bracketed only when written into a header.
 */
public final class MessageIds {

    /** Domain of ids made up for messages that arrived without a Message-ID; never sent back out. */
    public static final String SYNTHETIC_DOMAIN = "synthetic.contactrouter.invalid";

    private MessageIds() {
    }

    /** Strips angle brackets and folding whitespace; returns null for a blank or missing id. */
    public static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        String id = raw.replaceAll("\\s+", "");
        if (id.startsWith("<")) {
            id = id.substring(1);
        }
        if (id.endsWith(">")) {
            id = id.substring(0, id.length() - 1);
        }
        return id.isEmpty() ? null : id;
    }

    /**
     * Reads the ids in an In-Reply-To or References header, in order, without duplicates. Ids are taken from
     * their angle brackets; a header without brackets (some old clients) is split on whitespace and commas.
     */
    public static List<String> parseList(String header) {
        Set<String> ids = new LinkedHashSet<>();
        if (header == null) {
            return List.of();
        }
        int open = header.indexOf('<');
        if (open < 0) {
            for (String token : header.split("[\\s,]+")) {
                addIfPresent(ids, normalise(token));
            }
            return List.copyOf(ids);
        }
        while (open >= 0) {
            int close = header.indexOf('>', open);
            if (close < 0) {
                break;
            }
            addIfPresent(ids, normalise(header.substring(open, close + 1)));
            open = header.indexOf('<', close);
        }
        return List.copyOf(ids);
    }

    /**
     * Makes a stable id for a message without a Message-ID from a hash of its raw header lines, so that fetching
     * the same message twice gives the same id and de-duplication still works.
     */
    public static String synthesise(Enumeration<String> headerLines) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            while (headerLines.hasMoreElements()) {
                sha.update(headerLines.nextElement().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            String hash = HexFormat.of().formatHex(sha.digest()).substring(0, 32);
            return "sha256-" + hash + "@" + SYNTHETIC_DOMAIN;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** True for ids made up by {@link #synthesise}: nobody else knows them, so they must not be referenced. */
    public static boolean isSynthetic(String id) {
        return id != null && id.toLowerCase(Locale.ROOT).endsWith("@" + SYNTHETIC_DOMAIN);
    }

    /** A new globally unique id on the council's own domain. */
    public static String generate(String domain) {
        return UUID.randomUUID() + "@" + domain;
    }

    /** The id as written in a header. */
    public static String bracketed(String id) {
        return "<" + id + ">";
    }

    /** The ids bracketed and space-separated, as in a References header. */
    public static String headerList(List<String> ids) {
        List<String> bracketed = new ArrayList<>(ids.size());
        ids.forEach(id -> bracketed.add(bracketed(id)));
        return String.join(" ", bracketed);
    }

    private static void addIfPresent(Set<String> ids, String id) {
        if (id != null) {
            ids.add(id);
        }
    }
}
