package org.contactrouter.channel.social;

import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.contactrouter.ApplicationTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import com.jayway.jsonpath.JsonPath;

/** Base of the social channel's end-to-end tests: officers' replies through the API and what became of them. */
public abstract class SocialApplicationTest extends ApplicationTest {

    /** The reference of the case holding the contact with this channel message id. */
    protected String referenceOf(String channelMessageId) {
        return jdbc.sql("select c.reference from contact m join cases c on c.id = m.case_id"
                + " where m.channel_message_id = :id").param("id", channelMessageId).query(String.class).single();
    }

    /** Hands the case to the test officer and posts their reply through the API. */
    protected ResultActions reply(String reference, String body) throws Exception {
        transferTo(OFFICER, reference);
        return mvc.perform(MockMvcRequestBuilders.post("/api/v1/cases/" + reference + "/replies")
                .with(httpBasic(OFFICER, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"body\": \"" + body + "\"}"));
    }

    protected static long replyId(ResultActions accepted) throws Exception {
        return ((Number) JsonPath.read(accepted.andReturn().getResponse().getContentAsString(), "$.replyId"))
                .longValue();
    }

    /** Waits until the reply's status and the network's message id read, e.g., "SENT 5001" ("FAILED " for none). */
    protected void awaitReply(long replyId, String statusAndMessageId) {
        await().atMost(WAIT).until(() -> jdbc.sql(
                        "select status || ' ' || coalesce(channel_message_id, '') from reply where id = :id")
                .param("id", replyId).query(String.class).single().equals(statusAndMessageId));
    }
}
