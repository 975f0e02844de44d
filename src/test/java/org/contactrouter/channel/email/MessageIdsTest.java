package org.contactrouter.channel.email;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MessageIdsTest {

    @Test
    void readsIdListsWithAndWithoutBrackets() {
        assertThat(MessageIds.parseList(" <a@x>\r\n\t<b@y> <a@x>")).containsExactly("a@x", "b@y");
        assertThat(MessageIds.parseList("a@x, b@y")).containsExactly("a@x", "b@y");
        assertThat(MessageIds.parseList(null)).isEmpty();
        assertThat(MessageIds.normalise("  <id@host>  ")).isEqualTo("id@host");
        assertThat(MessageIds.normalise("<>")).isNull();
    }

    @Test
    void synthesisedIdIsStableForTheSameMessageAndDiffersForAnother() throws Exception {
        MimeMessage message = EmailFixtures.load("16-missing-message-id.eml");
        String first = MessageIds.synthesise(message.getAllHeaderLines());
        String again = MessageIds.synthesise(EmailFixtures.load("16-missing-message-id.eml").getAllHeaderLines());
        String other = MessageIds.synthesise(EmailFixtures.load("17-missing-date.eml").getAllHeaderLines());

        assertThat(first).isEqualTo(again).isNotEqualTo(other);
        assertThat(MessageIds.isSynthetic(first)).isTrue();
        assertThat(MessageIds.isSynthetic(MessageIds.generate("council.example"))).isFalse();
    }
}
