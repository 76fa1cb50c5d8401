package io.github.camelinstagram.error;

import java.time.Duration;
import java.util.List;

import io.github.camelinstagram.InstagramApiException;
import io.github.camelinstagram.model.ContainerStatus;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * The families a route redelivers ({@code onException(X.class).maximumRedeliveries(3)}) never contain an outcome in
 * which the call may have been carried out: "it may have been published or sent" is a family of its own,
 * {@link InstagramUnconfirmedException}, beside them.
 */
class RedeliverySafeFamiliesTest {

    private static final List<Class<? extends InstagramApiException>> REDELIVERED = List.of(
            InstagramPublishingException.class, InstagramMediaNotReadyException.class,
            InstagramTransientException.class, InstagramThrottledException.class);

    @Test
    void unconfirmedPublishIsInNoFamilyThatIsRedelivered() {
        InstagramPublishUnconfirmedException unconfirmed = new InstagramPublishUnconfirmedException("c1",
                new InstagramConnectionException("no answer", null), null);

        assertInstanceOf(InstagramUnconfirmedException.class, unconfirmed);
        for (Class<? extends InstagramApiException> family : REDELIVERED) {
            assertFalse(family.isInstance(unconfirmed), family.getSimpleName());
        }
    }

    @Test
    void publishTimeoutIsAPublishingFailureNotMediaNotReady() {
        InstagramPublishTimeoutException timeout = new InstagramPublishTimeoutException("c1", "IN_PROGRESS",
                Duration.ofMinutes(5));

        assertInstanceOf(InstagramPublishingException.class, timeout);
        assertFalse(InstagramMediaNotReadyException.class.isInstance(timeout));
        assertFalse(InstagramUnconfirmedException.class.isInstance(timeout));
    }

    @Test
    void answersWithoutAnIdAreUnconfirmedOnly() {
        InstagramUnconfirmedException noId = InstagramUnconfirmedException.withoutId(200, "message_id", "POST /x");

        for (Class<? extends InstagramApiException> family : REDELIVERED) {
            assertFalse(family.isInstance(noId), family.getSimpleName());
        }
        assertFalse(noId.isTransient());
    }

    @Test
    void containerFailuresStayPublishingFailures() {
        ContainerStatus status = new ContainerStatus();
        status.setStatusCode(ContainerStatus.ERROR);
        status.setStatus("Error: 2207052");

        assertInstanceOf(InstagramPublishingException.class, new InstagramContainerException(status, "c1"));
    }
}
