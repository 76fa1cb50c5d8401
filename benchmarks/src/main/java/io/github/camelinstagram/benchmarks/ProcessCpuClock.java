package io.github.camelinstagram.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/**
 * CPU time consumed by this JVM, all threads together, from the platform's {@code com.sun.management} extension.
 */
final class ProcessCpuClock {

    private ProcessCpuClock() {
    }

    /** CPU nanoseconds used by the process so far, or -1 when the JVM does not report it. */
    static long nanos() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean platform) {
            return platform.getProcessCpuTime();
        }
        return -1;
    }
}
