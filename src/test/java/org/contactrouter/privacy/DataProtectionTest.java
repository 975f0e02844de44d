package org.contactrouter.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.contactrouter.ApplicationTest;
import org.contactrouter.channel.email.AttachmentStore;
import org.contactrouter.contact.AttachmentInfo;
import org.contactrouter.contact.Channel;
import org.contactrouter.contact.Contact;
import org.contactrouter.contact.Identity;
import org.contactrouter.contact.Sender;
import org.contactrouter.intake.IntakeService;
import org.contactrouter.persistence.SqlTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** Retention, subject access and erasure remove or return exactly the citizen's personal data. */
class DataProtectionTest extends ApplicationTest {

    @Autowired
    IntakeService intake;
    @Autowired
    AttachmentStore attachments;
    @Autowired
    RetentionPolicy retention;

    @Test
    void retentionAnonymisesCasesClosedLongerAgoThanThePolicyAndNothingElse() throws Exception {
        String address = "old-" + UUID.randomUUID() + "@example.org";
        String key = attachments.store("photo.jpg", "image/jpeg", "jpeg bytes".getBytes(StandardCharsets.UTF_8));
        String old = emailCase(address, List.of(new AttachmentInfo("photo.jpg", "image/jpeg", 10, key, null)));
        String recent = emailCase("recent-" + UUID.randomUUID() + "@example.org", List.of());
        String open = emailCase("open-" + UUID.randomUUID() + "@example.org", List.of());
        Instant now = Instant.now();
        close(old, now.minus(800, ChronoUnit.DAYS));
        close(recent, now.minus(30, ChronoUnit.DAYS));

        assertThat(retention.apply(now)).isGreaterThanOrEqualTo(1);

        assertThat(caseColumn(old, "subject")).isEqualTo("[removed]");
        assertThat(jdbc.sql("select body from contact m join cases c on c.id = m.case_id where c.reference = :r")
                .param("r", old).query(String.class).single()).isEmpty();
        assertThat(jdbc.sql("select count(*) from citizen_identity where identity_value = :a").param("a", address)
                .query(Long.class).single()).isZero();
        assertThatThrownBy(() -> attachments.open(key)).isInstanceOf(java.nio.file.NoSuchFileException.class);
        assertThat(caseColumn(old, "channel")).isEqualTo("EMAIL");
        assertThat(caseColumn(recent, "anonymised_at")).isNull();
        assertThat(caseColumn(open, "anonymised_at")).isNull();
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'RETENTION_APPLIED'").query(Long.class)
                .single()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void subjectAccessExportsEverythingAndErasureWaitsForOpenCasesToClose() throws Exception {
        String address = "sar-" + UUID.randomUUID() + "@example.org";
        String reference = emailCase(address, List.of());
        var admin = user("dpo").roles("ADMIN");

        mvc.perform(get("/api/v1/admin/citizens/export").param("kind", "email").param("value", address).with(admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.identities[0].value").value(address))
                .andExpect(jsonPath("$.cases[0].reference").value(reference))
                .andExpect(jsonPath("$.cases[0].contacts[0].body").value("Please remove my data"));
        mvc.perform(post("/api/v1/admin/citizens/erase").with(admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"email\",\"value\":\"" + address + "\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.openCases[0]").value(reference));

        close(reference, Instant.now());
        mvc.perform(post("/api/v1/admin/citizens/erase").with(admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"email\",\"value\":\"" + address + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.casesAnonymised").value(1));
        mvc.perform(get("/api/v1/admin/citizens/export").param("kind", "email").param("value", address).with(admin))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select action from audit_log where actor = 'dpo' order by id").query(String.class).list())
                .containsSubsequence("SUBJECT_ACCESS_EXPORT", "ERASURE", "SUBJECT_ACCESS_EXPORT");
        mvc.perform(get("/api/v1/admin/citizens/export").param("kind", "email").param("value", address)
                .with(user("o").roles("OFFICER"))).andExpect(status().isForbidden());
    }

    @Test
    void attachmentsAreServedAsDownloadsWithAnAllowedTypeOnly() throws Exception {
        String image = attachments.store("bin.jpg", "image/jpeg", "jpeg".getBytes(StandardCharsets.UTF_8));
        String page = attachments.store("evil.html", "text/html", "<script>".getBytes(StandardCharsets.UTF_8));
        String reference = emailCase("files-" + UUID.randomUUID() + "@example.org", List.of(
                new AttachmentInfo("bin.jpg", "image/jpeg", 4, image, null),
                new AttachmentInfo("evil.html", "text/html", 8, page, null)));
        List<Long> ids = jdbc.sql("""
                        select a.id from contact_attachment a join contact m on m.id = a.contact_id
                        join cases c on c.id = m.case_id where c.reference = :r order by a.id""")
                .param("r", reference).query(Long.class).list();
        var officer = user("o").roles("OFFICER");

        mvc.perform(get("/workspace/cases/" + reference + "/attachments/" + ids.get(0)).with(officer))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/jpeg"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        mvc.perform(get("/workspace/cases/" + reference + "/attachments/" + ids.get(1)).with(officer))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/octet-stream"));
        mvc.perform(get("/workspace/cases/CR-2026-999996/attachments/" + ids.get(0)).with(officer))
                .andExpect(status().isNotFound());
        mvc.perform(get("/workspace/cases/" + reference + "/attachments/" + ids.get(0))).andExpect(status().is3xxRedirection());
    }

    private String emailCase(String address, List<AttachmentInfo> files) {
        return intake.accept(Contact.builder(Channel.EMAIL, "info", UUID.randomUUID().toString(), Instant.now())
                .sender(Sender.of("Data Subject", Identity.email(address))).subject("My data")
                .body("Please remove my data").attachments(files).build()).reference();
    }

    private void close(String reference, Instant at) {
        jdbc.sql("update cases set status = 'CLOSED', updated_at = :at where reference = :r")
                .param("at", SqlTime.of(at)).param("r", reference).update();
    }
}
