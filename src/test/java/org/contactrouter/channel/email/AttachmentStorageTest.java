package org.contactrouter.channel.email;

import org.contactrouter.contact.AttachmentInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AttachmentStorageTest {

    @TempDir
    Path directory;

    @Test
    void storedAttachmentReadsBackByteForByte() throws Exception {
        FileSystemAttachmentStore store = new FileSystemAttachmentStore(directory);
        ParsedEmail email = new EmailParser(store, EmailFixtures.POLICY)
                .parse(EmailFixtures.load("18-attachment-allowed.eml"), EmailFixtures.MAILBOX, null, null);

        AttachmentInfo pdf = email.attachments().get(0);
        try (InputStream in = store.open(pdf.storageKey())) {
            byte[] content = in.readAllBytes();
            assertThat(new String(content, 0, 8)).isEqualTo("%PDF-1.4");
            assertThat(content).hasSize((int) pdf.sizeBytes());
        }
        assertThat(directory.resolve(pdf.storageKey())).exists();
    }

    @Test
    void keysCannotReachOutsideTheDirectory() {
        FileSystemAttachmentStore store = new FileSystemAttachmentStore(directory);

        assertThatThrownBy(() -> store.open("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void policyAcceptsTypeFamiliesAndRefusesOthers() {
        AttachmentPolicy policy = new AttachmentPolicy(100, Set.of("Image/*", "application/pdf"), 1);

        assertThat(policy.refusedBeforeReading("image/heic", 0)).isFalse();
        assertThat(policy.refusal(100, false, "image/heic", 0)).isEmpty();
        assertThat(policy.refusedBeforeReading("application/pdf", 1)).isTrue();
        assertThat(policy.refusal(10, false, "application/pdf", 1))
                .contains("too many attachments: at most 1 per message");
        assertThat(policy.refusedBeforeReading("application/zip", 0)).isTrue();
        assertThat(policy.refusal(10, true, "application/zip", 0)).contains("file type not accepted: application/zip");
        assertThat(policy.refusal(101, false, "application/pdf", 0)).contains("too large: 101 bytes, limit 100 bytes");
    }

    @Test
    void aRefusalNamesEveryReasonSizeFirst() {
        AttachmentPolicy policy = new AttachmentPolicy(100, Set.of("application/pdf"), 1);

        assertThat(policy.refusal(5000, true, "application/x-msdownload", 1)).contains("too large: about 5000 bytes, "
                + "limit 100 bytes; file type not accepted: application/x-msdownload; too many attachments: at most 1 "
                + "per message");
    }
}
