package org.contactrouter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** A fresh data directory (broker journal, H2 file database) under target/ for one test application. */
public final class TestDataDirectory {

    private TestDataDirectory() {
    }

    public static Path create(String name) {
        try {
            Path base = Paths.get("target", "test-data");
            Files.createDirectories(base);
            return Files.createTempDirectory(base, name + "-").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
