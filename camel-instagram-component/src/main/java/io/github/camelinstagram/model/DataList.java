package io.github.camelinstagram.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A list as the Graph API nests it inside an object, e.g. a media's {@code children} or a comment's {@code replies}.
 */
public class DataList<T> {

    /** The items. */
    @JsonProperty("data")
    private List<T> data;

    public List<T> getData() {
        return data;
    }

    public void setData(List<T> data) {
        this.data = data;
    }

    @Override
    public String toString() {
        return "DataList{" + "data=" + data + "}";
    }
}
