package org.contactrouter.simulation;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The council's what-if inputs in config/simulation/: expected volumes, handling times and the rota.
 */
public record Scenario(Volumes volumes, HandlingTimes handling, Rota rota) {

    public static Scenario load(Path directory) throws IOException {
        return new Scenario(Volumes.load(directory.resolve("volumes.yml")),
                HandlingTimes.load(directory.resolve("handling.yml")), Rota.load(directory.resolve("rota.yml")));
    }
}
