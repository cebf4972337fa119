package io.hsmlog.bench.corpus;

import java.time.LocalDateTime;
import java.util.SplittableRandom;

/**
 * The corpus's mix of messages: mostly NTLS client connections and LunaSH command logging, then disk and sensor
 * readings, logins and cron, a little of the other services, about 3% from daemons the guide does not document,
 * and about 3% errors and failures. The same seed gives the same lines.
 */
public final class Traffic {
    /** What a line is about, with its share of the lines in percent. */
    enum Kind {
        NTLS(55), LUNASH(15), SMARTD(8), IPMI(6), SSH(5), CRON(3), SERVICES(2), UNDOCUMENTED(3), RARE(3);

        final int percent;

        Kind(int percent) {
            this.percent = percent;
        }
    }

    private static final Kind[] BY_PERCENT = new Kind[100];

    static {
        int i = 0;
        for (Kind k : Kind.values()) for (int n = 0; n < k.percent; n++) BY_PERCENT[i++] = k;
        if (i != 100) throw new AssertionError("the mix adds up to " + i + "%, not 100%");
    }

    private final SplittableRandom rng;
    private final Clock clock;
    private final Sessions sessions;
    private final OneLiners oneLiners;
    private final Conversations ntls;
    private final Conversations lunash;
    private final Conversations ssh;
    private final Conversations ipmi;
    private final Conversations cron;

    /**
     * @param lines      how many lines the corpus will have: timestamps rise evenly from {@code start} over
     *                   {@code days} across them
     * @param appliances how many appliances log into the corpus
     */
    public Traffic(long seed, long lines, LocalDateTime start, int days, int appliances) {
        rng = new SplittableRandom(seed);
        clock = new Clock(start, days * 86_400L, lines);
        Fleet fleet = new Fleet(rng, appliances, 600);
        sessions = new Sessions(rng, fleet);
        oneLiners = new OneLiners(rng, fleet, clock);
        ntls = new Conversations(rng, 40);
        lunash = new Conversations(rng, 3);
        ssh = new Conversations(rng, 3);
        ipmi = new Conversations(rng, 4);
        cron = new Conversations(rng, 2);
    }

    /** Line {@code index} (from 0); lines must be asked for in order. */
    public String line(long index) {
        String ts = clock.at(index);
        return switch (BY_PERCENT[rng.nextInt(100)]) {
            case NTLS -> {
                if (ntls.wantsNew()) ntls.start(sessions.ntlsClient());
                yield ntls.next(ts);
            }
            case LUNASH -> {
                if (lunash.wantsNew()) lunash.start(sessions.lunashSession());
                yield lunash.next(ts);
            }
            case SMARTD -> oneLiners.smartd(ts);
            case IPMI -> {
                if (ipmi.wantsNew()) {
                    ipmi.start(rng.nextInt(4) == 0 ? sessions.powerSupply() : sessions.ipmiThreshold());
                }
                yield ipmi.next(ts);
            }
            case SSH -> {
                if (ssh.wantsNew()) ssh.start(sessions.sshLogin());
                yield ssh.next(ts);
            }
            case CRON -> {
                if (rng.nextInt(3) == 0) yield oneLiners.anacron(ts, index);
                if (cron.wantsNew()) cron.start(sessions.cronJob());
                yield cron.next(ts);
            }
            case SERVICES -> oneLiners.services(ts);
            case UNDOCUMENTED -> oneLiners.undocumented(ts);
            case RARE -> oneLiners.rare(ts);
        };
    }
}
