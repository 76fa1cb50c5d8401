package io.github.camelinstagram.examples;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The replicas example as {@code -Preplicas} runs it: three JVMs on one embedded PostgreSQL, one answer. */
class ReplicasDemoTest {

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void threeReplicasAcknowledgeTheEventAndTheBotAnswersOnce() throws Exception {
        assertTrue(ReplicasDemo.run(null));
    }
}
