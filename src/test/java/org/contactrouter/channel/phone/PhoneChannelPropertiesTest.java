package org.contactrouter.channel.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Start-up checks of ccr.channels.phone: a mistake stops the start with a message naming the setting. */
class PhoneChannelPropertiesTest {

    private static final Path BASE = Path.of("data", "phone");

    @Test
    void theSettingsBecomeTheParsersZoneAndPolicy() {
        PhoneChannelProperties properties = properties(BASE.resolve("done"), "GB", Duration.ofSeconds(2));

        assertThat(properties.settings()).isEqualTo(new PhoneChannelSettings(ZoneId.of("Europe/London"),
                new CallRecordPolicy(Set.of(CallOutcome.VOICEMAIL), List.of("housing"))));
    }

    @Test
    void mistakesNameTheSetting() {
        assertThatThrownBy(() -> properties(null, "GB", Duration.ofSeconds(2)))
                .hasMessage("ccr.channels.phone.done is missing");
        assertThatThrownBy(() -> properties(BASE.resolve("inbox"), "GB", Duration.ofSeconds(2)))
                .hasMessageStartingWith("ccr.channels.phone.done and ccr.channels.phone.quarantine must be folders"
                        + " other than the inbox");
        assertThatThrownBy(() -> properties(BASE.resolve("done"), "UK", Duration.ofSeconds(2)))
                .hasMessage("ccr.channels.phone.default-region 'UK' is not a region code libphonenumber knows; use an"
                        + " ISO 3166 code such as GB");
        assertThatThrownBy(() -> properties(BASE.resolve("done"), "GB", Duration.ZERO))
                .hasMessage("ccr.channels.phone.poll-interval must be positive, e.g. 5s");
    }

    private static PhoneChannelProperties properties(Path done, String region, Duration pollInterval) {
        return new PhoneChannelProperties(true, BASE.resolve("inbox"), done, BASE.resolve("quarantine"),
                ZoneId.of("Europe/London"), region, Set.of(CallOutcome.VOICEMAIL), List.of("Housing"), pollInterval);
    }
}
