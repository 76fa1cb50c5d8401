package io.github.camelinstagram.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The answer of a call that created something: the id of the new object (comment, reply, container, media).
 */
public class IdResponse {

    /** Id of the created object. */
    @JsonProperty("id")
    private String id;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    @Override
    public String toString() {
        return "IdResponse{" + "id=" + id + "}";
    }
}
