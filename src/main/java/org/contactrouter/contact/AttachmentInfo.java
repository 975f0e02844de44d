package org.contactrouter.contact;

/**
 * Metadata of a file that came with a contact.
 *
 * @param fileName     the name the sender gave it
 * @param contentType  the MIME type as received
 * @param sizeBytes    its size; for a file refused before it was read, the size its message declares (0 if none)
 * @param storageKey   where the stored copy lives (null when refused)
 * @param refusedReason why it was not stored (too large, type not allowed), null when stored
 */
public record AttachmentInfo(String fileName, String contentType, long sizeBytes, String storageKey, String refusedReason) {

    public boolean refused() {
        return refusedReason != null;
    }
}
