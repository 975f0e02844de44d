package org.contactrouter.attachment;

import java.nio.file.Path;
import java.util.Set;

import org.contactrouter.channel.email.AttachmentPolicy;
import org.contactrouter.channel.email.AttachmentStore;
import org.contactrouter.channel.email.FileSystemAttachmentStore;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Where citizens' files are kept, and which types may be served back. One store for the whole application, so
 * that downloads, retention and erasure work whichever channel brought a file.
 */
@Configuration(proxyBeanMethods = false)
public class AttachmentConfiguration {

    static final String SETTINGS = "ccr.channels.email.attachments";

    @Bean
    AttachmentStore attachmentStore(Environment environment) {
        return new FileSystemAttachmentStore(Binder.get(environment).bind(SETTINGS + ".directory", Path.class)
                .orElseThrow(() -> new IllegalStateException(SETTINGS + ".directory is missing")));
    }

    /** The allow-list the channel applied when it stored files; downloads are checked against it again. */
    @Bean
    AttachmentPolicy servedAttachmentTypes(Environment environment) {
        Set<String> allowed = Binder.get(environment).bind(SETTINGS + ".allowed-types", Bindable.setOf(String.class))
                .orElse(Set.of());
        return new AttachmentPolicy(Long.MAX_VALUE, allowed, Integer.MAX_VALUE);
    }
}
