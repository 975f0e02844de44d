package org.contactrouter.reply;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.contactrouter.contact.Channel;
import org.contactrouter.contact.Contact;
import org.contactrouter.contact.Identity;
import org.contactrouter.contact.Sender;
import org.junit.jupiter.api.Test;

class ReplyChannelPolicyTest {

    @Test
    void emailSocialAndPhoneAreAnsweredOnTheirOwnChannel() {
        assertThat(ReplyChannelPolicy.channelFor(contact(Channel.EMAIL, Identity.email("a@b.org")))).contains(Channel.EMAIL);
        assertThat(ReplyChannelPolicy.channelFor(contact(Channel.SOCIAL, Identity.social("bluesky", "a.bsky.social"))))
                .contains(Channel.SOCIAL);
        assertThat(ReplyChannelPolicy.channelFor(contact(Channel.PHONE))).contains(Channel.PHONE);
    }

    @Test
    void webContactsAreAnsweredByEmailWhereGivenElseByPhone() {
        assertThat(ReplyChannelPolicy.channelFor(contact(Channel.WEB, Identity.phone("+447700900123"),
                Identity.email("a@b.org")))).contains(Channel.EMAIL);
        assertThat(ReplyChannelPolicy.channelFor(contact(Channel.WEB, Identity.phone("+447700900123"))))
                .contains(Channel.PHONE);
        assertThat(ReplyChannelPolicy.channelFor(contact(Channel.WEB))).isEmpty();
    }

    private static Contact contact(Channel channel, Identity... identities) {
        return Contact.builder(channel, "test", "id", Instant.now()).sender(Sender.of(null, identities)).build();
    }
}
