package org.contactrouter.channel.email;

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

    /** Refusal checked before the content is read: the type, and how many files were already stored. */
    public Optional<String> refusalBeforeReading(String contentType, int alreadyStored) {
        if (!allows(contentType)) {
            return Optional.of("file type not accepted: " + contentType);
        }
        if (alreadyStored >= maxCount) {
            return Optional.of("too many attachments: at most " + maxCount + " per message");
        }
        return Optional.empty();
    }

    /** Refusal by decoded size. */
    public Optional<String> refusalForSize(long sizeBytes) {
        return sizeBytes > maxBytes
                ? Optional.of("too large: " + sizeBytes + " bytes, limit " + maxBytes + " bytes")
                : Optional.empty();
    }

    private boolean allows(String contentType) {
        String type = contentType.toLowerCase(Locale.ROOT);
        int slash = type.indexOf('/');
        String family = slash < 0 ? type : type.substring(0, slash) + "/*";
        return allowedContentTypes.contains(type) || allowedContentTypes.contains(family);
    }
}
