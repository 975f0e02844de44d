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

        assertThat(policy.refusalBeforeReading("image/heic", 0)).isEmpty();
        assertThat(policy.refusalBeforeReading("application/pdf", 1)).contains("too many attachments: at most 1 per message");
        assertThat(policy.refusalBeforeReading("application/zip", 0)).contains("file type not accepted: application/zip");
        assertThat(policy.refusalForSize(100)).isEmpty();
        assertThat(policy.refusalForSize(101)).isPresent();
    }
}
