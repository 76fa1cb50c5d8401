package io.github.camelinstagram.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The answer of a call that changed something without creating it: hide, delete, enable comments, subscribe.
 */
public class SuccessResponse {

    /** Whether the API reports the change as done. */
    @JsonProperty("success")
    private boolean success;

    public boolean isSuccess() {
        return success;
    }

    public void setSuccess(boolean success) {
        this.success = success;
    }

    @Override
    public String toString() {
        return "SuccessResponse{" + "success=" + success + "}";
    }
}
