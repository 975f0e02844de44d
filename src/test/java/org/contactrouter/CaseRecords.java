package org.contactrouter;

import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** What the channel tests read back about a case, by its reference: its replies, its history and its page. */
public final class CaseRecords {

    private final JdbcClient jdbc;
    private final MockMvc mvc;

    CaseRecords(JdbcClient jdbc, MockMvc mvc) {
        this.jdbc = jdbc;
        this.mvc = mvc;
    }

    /** A column of the case's reply of the kind (ACKNOWLEDGEMENT, REPLY ...), or null when there is none. */
    public String replyColumn(String reference, String kind, String column) {
        return jdbc.sql("select r." + column + " from reply r join cases c on c.id = r.case_id"
                        + " where c.reference = :r and r.kind = :kind")
                .param("r", reference).param("kind", kind).query((rs, row) -> rs.getString(1)).optional().orElse(null);
    }

    public void awaitReply(String reference, String kind, String status) {
        await().atMost(ApplicationTest.WAIT).until(() -> status.equals(replyColumn(reference, kind, "status")));
    }

    /** The details of the case's history entries of the type, oldest first. */
    public List<String> events(String reference, String type) {
        return jdbc.sql("""
                        select e.detail from case_event e join cases c on c.id = e.case_id
                        where c.reference = :r and e.event_type = :type order by e.id""")
                .param("r", reference).param("type", type).query(String.class).list();
    }

    /** The case page as the test officer sees it. */
    public String casePage(String reference) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get("/workspace/cases/" + reference)
                        .with(user(ApplicationTest.OFFICER).roles("OFFICER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
