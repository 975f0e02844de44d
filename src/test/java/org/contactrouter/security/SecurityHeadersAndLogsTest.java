package org.contactrouter.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.UUID;

import org.contactrouter.ApplicationTest;
import org.contactrouter.contact.Channel;
import org.contactrouter.contact.Contact;
import org.contactrouter.contact.Identity;
import org.contactrouter.contact.Sender;
import org.contactrouter.intake.IntakeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class SecurityHeadersAndLogsTest extends ApplicationTest {

    @Autowired
    IntakeService intake;

    @Test
    void pagesAndTheApiCarryTheSecurityHeaders() throws Exception {
        for (String path : new String[] {"/contact", "/open311/v2/services.json", "/login"}) {
            mvc.perform(get(path))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Security-Policy",
                            org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("default-src 'self'"),
                                    org.hamcrest.Matchers.containsString("frame-ancestors 'none'"))))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("X-Frame-Options", "DENY"));
        }
    }

    @Test
    void logsCarryTheReferenceButNeverTheCitizensAddressOrNumberInFull(CapturedOutput output) {
        String address = "private.person-" + UUID.randomUUID() + "@example.org";
        String reference = intake.accept(Contact.builder(Channel.WEB, "api", UUID.randomUUID().toString(), Instant.now())
                .sender(Sender.of("Private Person", Identity.email(address), Identity.phone("+447700900999")))
                .body("hello").build()).reference();

        assertThat(output.getAll()).contains(reference).doesNotContain(address).doesNotContain("+447700900999");
    }
}
