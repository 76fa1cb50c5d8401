package io.github.camelinstagram.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Cursors of a page: sent back as {@code after} or {@code before} to get the next or previous page.
 */
public class Cursors {

    /** Cursor of the first item of the page. */
    @JsonProperty("before")
    private String before;
    /** Cursor of the last item of the page. */
    @JsonProperty("after")
    private String after;

    public String getBefore() {
        return before;
    }

    public void setBefore(String before) {
        this.before = before;
    }

    public String getAfter() {
        return after;
    }

    public void setAfter(String after) {
        this.after = after;
    }

    @Override
    public String toString() {
        return "Cursors{" + "before=" + before + ", after=" + after + "}";
    }
}
