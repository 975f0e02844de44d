package org.contactrouter.caseload;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessResourceFailureException;

/**
 * The SQL condition for "these words appear on the case": in the citizen's name or in one of its messages (sender,
 * subject, body). PostgreSQL uses its full-text search (stemmed English, indexed: V18 in db/vendor/postgresql); H2,
 * the embedded default, has no equivalent worth its cost, so every word must appear as typed, ignoring case.
 */
sealed interface CaseTextSearch permits CaseTextSearch.PostgresFullText, CaseTextSearch.EveryWordLike {

    /** Adds the parameters it uses to {@code params} and returns a condition on {@code c} (cases) and {@code z} (citizen). */
    String condition(String text, Map<String, Object> params);

    static CaseTextSearch of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())
                    ? new PostgresFullText() : new EveryWordLike();
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("cannot tell which database holds the cases", e);
        }
    }

    final class PostgresFullText implements CaseTextSearch {
        @Override
        public String condition(String text, Map<String, Object> params) {
            params.put("text", text);
            params.put("name", "%" + EveryWordLike.escaped(text.toLowerCase(Locale.ROOT)) + "%");
            return "(exists (select 1 from contact m where m.case_id = c.id"
                    + " and m.search_vector @@ websearch_to_tsquery('english', :text))"
                    + " or lower(z.display_name) like :name)";
        }
    }

    final class EveryWordLike implements CaseTextSearch {
        @Override
        public String condition(String text, Map<String, Object> params) {
            String[] words = text.toLowerCase(Locale.ROOT).split("\\s+");
            StringBuilder all = new StringBuilder("(1 = 1");
            for (int i = 0; i < words.length; i++) {
                String name = "word" + i;
                params.put(name, "%" + escaped(words[i]) + "%");
                all.append(" and (lower(z.display_name) like :").append(name)
                        .append(" or lower(c.subject) like :").append(name)
                        .append(" or exists (select 1 from contact m where m.case_id = c.id and (lower(m.body) like :")
                        .append(name).append(" or lower(m.subject) like :").append(name)
                        .append(" or lower(m.sender_name) like :").append(name).append(")))");
            }
            return all.append(')').toString();
        }

        /** A LIKE pattern matching the text literally: % and _ typed by an officer are not wildcards. */
        static String escaped(String text) {
            return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        }
    }
}
