package io.hsmlog.bench.corpus;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/** The appliances that log, their daemons' pids, and the clients and administrators that talk to them. */
final class Fleet {
    private final SplittableRandom rng;
    private final String[] hosts;
    private final String[] clients;
    private final String[] adminStations;
    private final Map<String, Integer> pids = new HashMap<>();

    Fleet(SplittableRandom rng, int appliances, int clientCount) {
        this.rng = rng;
        hosts = new String[appliances];
        for (int i = 0; i < appliances; i++) hosts[i] = String.format("hsm-%02d", i + 1);
        clients = new String[clientCount];
        for (int i = 0; i < clientCount; i++) clients[i] = "10.20." + (i / 250) + "." + (i % 250 + 1);
        adminStations = new String[]{"10.1.0.11", "10.1.0.12", "10.1.0.23", "172.16.4.40", "172.16.4.41"};
    }

    String host() {
        return hosts[rng.nextInt(hosts.length)];
    }

    /** The appliance's own address, for messages that name it. */
    String addressOf(String host) {
        return "10.0.0." + Integer.parseInt(host.substring(host.indexOf('-') + 1));
    }

    /** A daemon's pid on an appliance: stable over the corpus, as between restarts. */
    int pid(String host, String daemon) {
        return pids.computeIfAbsent(host + '/' + daemon, k -> 1000 + rng.nextInt(30000));
    }

    String client() {
        return clients[rng.nextInt(clients.length)];
    }

    String adminStation() {
        return adminStations[rng.nextInt(adminStations.length)];
    }

    int ephemeralPort() {
        return 32768 + rng.nextInt(28232);
    }
}
