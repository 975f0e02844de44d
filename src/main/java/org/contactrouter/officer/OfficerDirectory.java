package org.contactrouter.officer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.contactrouter.contact.Channel;
import org.contactrouter.persistence.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Officers with their skills, capacities and presence. */
@Repository
public class OfficerDirectory {

    private final JdbcClient jdbc;

    public OfficerDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Officer> find(String username) {
        return jdbc.sql("select username, display_name, role, presence from officer where username = :u")
                .param("u", username).query(this::officer).optional();
    }

    public List<Officer> all() {
        return jdbc.sql("select username, display_name, role, presence from officer order by display_name")
                .query(this::officer).list();
    }

    /** Replaces the officer's skills (channels with capacities, service areas, languages). */
    @Transactional
    public void saveSkills(String username, Map<Channel, Integer> capacities, Set<String> serviceAreas,
                           Set<String> languages) {
        jdbc.sql("delete from officer_channel where username = :u").param("u", username).update();
        jdbc.sql("delete from officer_service_area where username = :u").param("u", username).update();
        jdbc.sql("delete from officer_language where username = :u").param("u", username).update();
        capacities.forEach((channel, capacity) -> jdbc.sql(
                        "insert into officer_channel (username, channel, capacity) values (:u, :c, :n)")
                .param("u", username).param("c", channel.name()).param("n", capacity).update());
        serviceAreas.forEach(area -> jdbc.sql(
                        "insert into officer_service_area (username, service_area) values (:u, :a)")
                .param("u", username).param("a", area).update());
        languages.forEach(language -> jdbc.sql(
                        "insert into officer_language (username, language) values (:u, :l)")
                .param("u", username).param("l", language).update());
    }

    public void setPresence(String username, Presence presence, Instant at) {
        jdbc.sql("update officer set presence = :p, presence_since = :at where username = :u")
                .param("p", presence.name()).param("at", SqlTime.of(at)).param("u", username).update();
    }

    private Officer officer(ResultSet rs, int row) throws SQLException {
        String username = rs.getString("username");
        Map<Channel, Integer> capacities = new EnumMap<>(Channel.class);
        jdbc.sql("select channel, capacity from officer_channel where username = :u").param("u", username)
                .query((r, n) -> Map.entry(Channel.valueOf(r.getString("channel")), r.getInt("capacity")))
                .list().forEach(e -> capacities.put(e.getKey(), e.getValue()));
        Set<String> areas = new HashSet<>(jdbc.sql("select service_area from officer_service_area where username = :u")
                .param("u", username).query(String.class).list());
        Set<String> languages = new HashSet<>(jdbc.sql("select language from officer_language where username = :u")
                .param("u", username).query(String.class).list());
        return new Officer(username, rs.getString("display_name"), Role.valueOf(rs.getString("role")), capacities,
                areas, languages, Presence.valueOf(rs.getString("presence")));
    }
}
