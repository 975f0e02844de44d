package org.contactrouter.channel.email;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Stores attachments as files under one directory. Keys are random, so a sender's file name can never choose or
 * overwrite a path; the first two characters of the key spread files over sub-directories.
 */
public final class FileSystemAttachmentStore implements AttachmentStore {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{2}/[0-9a-f-]{36}");

    private final Path directory;

    /** @param directory where files go; created on first use */
    public FileSystemAttachmentStore(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    @Override
    public String store(String fileName, String contentType, byte[] content) throws IOException {
        String id = UUID.randomUUID().toString();
        String key = id.substring(0, 2) + "/" + id;
        Path target = directory.resolve(key);
        Files.createDirectories(target.getParent());
        Files.write(target, content, StandardOpenOption.CREATE_NEW);
        return key;
    }

    @Override
    public InputStream open(String storageKey) throws IOException {
        return Files.newInputStream(pathOf(storageKey));
    }

    @Override
    public void delete(String storageKey) throws IOException {
        Files.deleteIfExists(pathOf(storageKey));
    }

    private Path pathOf(String storageKey) {
        if (storageKey == null || !KEY.matcher(storageKey).matches()) {
            throw new IllegalArgumentException("not an attachment key: " + storageKey);
        }
        return directory.resolve(storageKey);
    }
}
