package org.contactrouter.channel.email;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which attachments the council accepts. A refused attachment is still recorded on the contact with the reason,
 * so officers can tell the citizen it did not come through.
 *
 * @param maxBytes            largest accepted file, decoded
 * @param allowedContentTypes accepted types such as {@code application/pdf}; {@code image/*} accepts a whole family
 * @param maxCount            most files stored from one message; later ones are refused
 */
public record AttachmentPolicy(long maxBytes, Set<String> allowedContentTypes, int maxCount) {

    public AttachmentPolicy {
        if (maxBytes < 1 || maxCount < 0) {
            throw new IllegalArgumentException("maxBytes must be positive and maxCount not negative");
        }
        allowedContentTypes = allowedContentTypes.stream()
                .map(type -> type.trim().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Whether the attachment is refused whatever its size: its type, or how many files were already stored. Such a
     * file need not be downloaded at all.
     */
    public boolean refusedBeforeReading(String contentType, int alreadyStored) {
        return !allows(contentType) || alreadyStored >= maxCount;
    }

    /**
     * Every reason the attachment is refused, size first, joined for the officer to read; empty when accepted.
     *
     * @param sizeBytes     its decoded size, or an estimate when {@code sizeEstimated}
     * @param sizeEstimated the size comes from the message's own description, not from reading the file
     */
    public Optional<String> refusal(long sizeBytes, boolean sizeEstimated, String contentType, int alreadyStored) {
        List<String> reasons = new ArrayList<>(3);
        if (sizeBytes > maxBytes) {
            reasons.add("too large: " + (sizeEstimated ? "about " : "") + sizeBytes + " bytes, limit " + maxBytes
                    + " bytes");
        }
        if (!allows(contentType)) {
            reasons.add("file type not accepted: " + contentType);
        }
        if (alreadyStored >= maxCount) {
            reasons.add("too many attachments: at most " + maxCount + " per message");
        }
        return reasons.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", reasons));
    }

    /** Whether files of this type are accepted. */
    public boolean allows(String contentType) {
        String type = contentType.toLowerCase(Locale.ROOT);
        int slash = type.indexOf('/');
        String family = slash < 0 ? type : type.substring(0, slash) + "/*";
        return allowedContentTypes.contains(type) || allowedContentTypes.contains(family);
    }
}
