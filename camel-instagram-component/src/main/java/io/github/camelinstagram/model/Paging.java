package io.github.camelinstagram.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Paging block of a list answer.
 */
public class Paging {

    /** Cursors of this page. */
    @JsonProperty("cursors")
    private Cursors cursors;
    /** URL of the next page, absent on the last page. */
    @JsonProperty("next")
    private String next;
    /** URL of the previous page. */
    @JsonProperty("previous")
    private String previous;

    public Cursors getCursors() {
        return cursors;
    }

    public void setCursors(Cursors cursors) {
        this.cursors = cursors;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getPrevious() {
        return previous;
    }

    public void setPrevious(String previous) {
        this.previous = previous;
    }

    @Override
    public String toString() {
        return "Paging{" + "cursors=" + cursors + ", next=" + next + ", previous=" + previous + "}";
    }
}
