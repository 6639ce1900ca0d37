package org.jessserver.account.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jessserver.account.entity.Account;
import org.jessserver.platform.control.TrustedProxies;

/**
 * Slows password guessing: after too many failed log-ons for one account, or from one client address,
 * log-ons for it are refused at once, without a password check, for a wait that doubles with each
 * further failure. A success resets the account's count (not the address's: else one good account of
 * the guesser's own would wipe the address's count). The record is this instance's, in memory.
 */
@ApplicationScoped
public class LogonThrottle {

    /** Keys remembered per ledger: about 200 bytes each. */
    static final int CAPACITY = 10_000;
    private static final int LONGEST_KEY = 320;

    @Inject
    @ConfigProperty(name = "jess.logon.account.failures", defaultValue = "5")
    int accountFailures;

    @Inject
    @ConfigProperty(name = "jess.logon.account.window")
    Duration accountWindow;

    @Inject
    @ConfigProperty(name = "jess.logon.address.failures", defaultValue = "20")
    int addressFailures;

    @Inject
    @ConfigProperty(name = "jess.logon.address.window")
    Duration addressWindow;

    @Inject
    @ConfigProperty(name = "jess.logon.wait.first")
    Duration firstWait;

    @Inject
    @ConfigProperty(name = "jess.logon.wait.max")
    Duration maxWait;

    /** The server's one wall clock (platform.control.WallClock), as the other time rules read it. */
    @Inject
    Clock clock;

    private FailureLedger accounts;
    private FailureLedger addresses;

    public LogonThrottle() {
    }

    LogonThrottle(Clock clock, FailureLedger.Rules accountRules, FailureLedger.Rules addressRules) {
        this.accounts = new FailureLedger(accountRules, clock);
        this.addresses = new FailureLedger(addressRules, clock);
    }

    @PostConstruct
    void read() {
        accounts = new FailureLedger(new FailureLedger.Rules(accountFailures, accountWindow, firstWait, maxWait, CAPACITY),
                clock);
        addresses = new FailureLedger(new FailureLedger.Rules(addressFailures, addressWindow, firstWait, maxWait, CAPACITY),
                clock);
    }

    /** Seconds (rounded up) until a log-on for this e-mail from this address is heard again; empty: now. */
    public OptionalLong refusedFor(String address, String email) {
        return Stream.of(addresses.refusedFor(addressKey(address)), accounts.refusedFor(accountKey(email)))
                .flatMap(Optional::stream)
                .mapToLong(d -> (d.toMillis() + 999) / 1000)
                .max();
    }

    public void failed(String address, String email) {
        addresses.failed(addressKey(address));
        accounts.failed(accountKey(email));
    }

    public void succeeded(String email) {
        accounts.succeeded(accountKey(email));
    }

    /** An e-mail as accounts are found by it; an overlong one (no account has it) by its digest, to bound memory. */
    static String accountKey(String email) {
        String key = Account.keyOf(email);
        return key.length() <= LONGEST_KEY ? key : "sha256:" + sha256(key);
    }

    /** IPv6 clients by their /64 network: one subscriber usually holds a whole /64 and could rotate within it. */
    static String addressKey(String address) {
        Optional<InetAddress> a = TrustedProxies.literal(address);
        if (a.isPresent() && a.get() instanceof Inet6Address v6) {
            byte[] b = Arrays.copyOf(v6.getAddress(), 16);
            Arrays.fill(b, 8, 16, (byte) 0);
            try {
                return InetAddress.getByAddress(b).getHostAddress() + "/64";
            } catch (java.net.UnknownHostException e) {
                throw new IllegalStateException(e);
            }
        }
        return a.map(InetAddress::getHostAddress).orElse(address);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
