package io.github.camelinstagram.metrics;

import io.github.camelinstagram.error.InstagramConnectionException;
import io.github.camelinstagram.error.InstagramInvalidTokenException;
import io.github.camelinstagram.error.InstagramMessagingWindowClosedException;
import io.github.camelinstagram.error.InstagramPermissionException;
import io.github.camelinstagram.error.InstagramThrottledException;
import io.github.camelinstagram.error.InstagramTokenExpiredException;
import io.github.camelinstagram.error.InstagramTransientException;

/** The {@code outcome} tag of {@code camel.instagram.calls}: what an exchange's exception (or none) says. */
public final class CallOutcome {

    private CallOutcome() {
    }

    public static String of(Throwable failure) {
        if (failure == null) {
            return "success";
        }
        if (failure instanceof InstagramThrottledException) {
            return "throttled";
        }
        if (failure instanceof InstagramTransientException) {
            return "transient";
        }
        if (failure instanceof InstagramTokenExpiredException) {
            return "token_expired";
        }
        if (failure instanceof InstagramInvalidTokenException) {
            return "token_invalid";
        }
        if (failure instanceof InstagramPermissionException) {
            return "permission";
        }
        if (failure instanceof InstagramMessagingWindowClosedException) {
            return "messaging_window";
        }
        if (failure instanceof InstagramConnectionException) {
            return "network";
        }
        if (failure instanceof IllegalArgumentException) {
            return "invalid_input";
        }
        return "error";
    }
}
