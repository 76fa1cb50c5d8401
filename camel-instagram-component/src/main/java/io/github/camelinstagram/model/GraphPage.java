package io.github.camelinstagram.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One page of a list answer: its items and the paging block.
 */
public class GraphPage<T> {

    /** The items of this page. */
    @JsonProperty("data")
    private List<T> data;
    /** Cursors and next/previous links, null when the answer had none. */
    @JsonProperty("paging")
    private Paging paging;

    public List<T> getData() {
        return data;
    }

    public void setData(List<T> data) {
        this.data = data;
    }

    public Paging getPaging() {
        return paging;
    }

    public void setPaging(Paging paging) {
        this.paging = paging;
    }

    @Override
    public String toString() {
        return "GraphPage{" + "data=" + data + ", paging=" + paging + "}";
    }
}
