package io.github.camelinstagram.jdbc;

import java.io.IOException;
import java.net.InetAddress;
import java.util.UUID;

/** How an instance names itself in the shared tables: readable by whoever looks, unique per start. */
public final class Instances {

    private Instances() {
    }

    /** {@code <host>/<what>/<8 hex digits>}; the host is the pod name on Kubernetes. */
    public static String newOwner(String what) {
        return host() + "/" + what + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String host() {
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (IOException unknown) {
                host = "unknown-host";
            }
        }
        return host.length() > 200 ? host.substring(0, 200) : host;
    }
}
