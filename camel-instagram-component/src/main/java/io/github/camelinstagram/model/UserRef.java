package io.github.camelinstagram.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A short reference to an Instagram user: id and username, as in a comment's {@code from} or a media's {@code owner}.
 */
public class UserRef {

    /** Instagram-scoped or account id. */
    @JsonProperty("id")
    private String id;
    /** Instagram username. */
    @JsonProperty("username")
    private String username;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    @Override
    public String toString() {
        return "UserRef{" + "id=" + id + ", username=" + username + "}";
    }
}
