package org.contactrouter.channel.email;

import java.io.IOException;
import java.io.InputStream;

/** Keeps the files that come with contacts. Implementations decide where; callers only keep the returned key. */
public interface AttachmentStore {

    /**
     * Stores one file.
     *
     * @param fileName    the name the sender gave it, for information only: never trusted as a path
     * @param contentType the MIME type as received
     * @param content     the decoded bytes
     * @return the key to {@link #open} it again later
     */
    String store(String fileName, String contentType, byte[] content) throws IOException;

    /** Opens a stored file by the key {@link #store} returned. */
    InputStream open(String storageKey) throws IOException;

    /** Removes a stored file for good (retention, erasure); nothing happens when it is already gone. */
    void delete(String storageKey) throws IOException;
}
