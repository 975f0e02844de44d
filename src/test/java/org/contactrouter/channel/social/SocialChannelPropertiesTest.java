package org.contactrouter.channel.social;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** Start-up checks of ccr.channels.social: an enabled network without its credentials names what to set. */
class SocialChannelPropertiesTest {

    @Test
    void aNetworkThatIsOffNeedsNothingAndAMissingBlockIsOff() {
        assertThat(new SocialChannelProperties(null, null, null).twitter().enabled()).isFalse();
        assertThat(new SocialChannelProperties(null, null, null).meta().enabled()).isFalse();
        assertThat(new SocialChannelProperties.Bluesky(false, null, null, null, 0, 0, 0, null).enabled()).isFalse();
    }

    @Test
    void anEnabledNetworkWithoutCredentialsNamesTheEnvironmentVariable() {
        assertThatThrownBy(() -> new SocialChannelProperties.Twitter(true, null, "key", "secret", "", "token-secret",
                "ExampleCouncil", false, 200, 5, 2, Duration.ofSeconds(60)))
                .hasMessage("ccr.channels.social.twitter.access-token is empty: set the environment variable"
                        + " CCR_TWITTER_ACCESS_TOKEN");
        assertThatThrownBy(() -> new SocialChannelProperties.Bluesky(true, null, "council.bsky.social", null, 50, 5, 2,
                Duration.ofSeconds(60)))
                .hasMessage("ccr.channels.social.bluesky.app-password is empty: set the environment variable"
                        + " CCR_BLUESKY_APP_PASSWORD");
        assertThatThrownBy(() -> new SocialChannelProperties.Bluesky(true, null, "council.bsky.social", "pass", 500, 5,
                2, Duration.ofSeconds(60)))
                .hasMessage("ccr.channels.social.bluesky.page-size must be between 1 and 100, not 500");
        assertThatThrownBy(() -> new SocialChannelProperties.Meta(true, null, "v21.0", "app-secret", "verify", " ",
                Duration.ofMinutes(5)))
                .hasMessage("ccr.channels.social.meta.page-access-token is empty: set the environment variable"
                        + " CCR_META_PAGE_ACCESS_TOKEN");
        assertThatThrownBy(() -> new SocialChannelProperties.Meta(true, null, "v21.0", null, "verify", "token",
                Duration.ofMinutes(5)))
                .hasMessage("ccr.channels.social.meta.app-secret is empty: set the environment variable"
                        + " CCR_META_APP_SECRET");
    }
}
