package org.contactrouter.simulation;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.SplittableRandom;

import org.contactrouter.contact.Channel;

/**
 * What answering a case costs (config/simulation/handling.yml): officer time per channel, and for the single
 * reception point what the extra step costs: the desk's triage time, and the working time a handed-over case waits
 * before the specialists' queue has it.
 *
 * @param perChannel      officer time to answer and close a case, per channel
 * @param triage          reception officer time to read, acknowledge and hand over one case, per channel
 * @param handoverDelay   working time between the hand-over and the case reaching the specialists' queue
 */
public record HandlingTimes(Map<Channel, Lognormal> perChannel, Map<Channel, Duration> triage, Duration handoverDelay) {

    public HandlingTimes {
        perChannel = Map.copyOf(perChannel);
        triage = Map.copyOf(triage);
    }

    public Duration draw(Channel channel, SplittableRandom random) {
        return perChannel.get(channel).sample(random);
    }

    public static HandlingTimes load(Path file) throws IOException {
        String source = file.toString();
        Map<?, ?> root = YamlSections.map(YamlSections.load(file), source);
        Map<Channel, Lognormal> handling = YamlSections.perChannel(root.get("handling-minutes"),
                source + ": handling-minutes", (value, where) -> {
                    Map<?, ?> spec = YamlSections.map(value, where);
                    return new Lognormal(YamlSections.number(spec.get("mean"), where + ".mean"),
                            YamlSections.number(spec.get("sd"), where + ".sd"));
                });
        Map<?, ?> reception = YamlSections.map(root.get("single-reception"), source + ": single-reception");
        Map<Channel, Duration> triage = YamlSections.perChannel(reception.get("triage-minutes"),
                source + ": single-reception.triage-minutes", (value, where) -> minutes(YamlSections.number(value, where)));
        Duration delay = minutes(YamlSections.number(reception.get("handover-working-minutes"),
                source + ": single-reception.handover-working-minutes"));
        return new HandlingTimes(handling, triage, delay);
    }

    private static Duration minutes(double minutes) {
        return Duration.ofSeconds(Math.round(minutes * 60));
    }
}
