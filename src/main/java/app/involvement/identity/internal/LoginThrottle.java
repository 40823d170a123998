package app.involvement.identity.internal;

import org.springframework.stereotype.Component;

/**
 * Refuses logins from an address with too many failures (any accounts), and from an address that
 * has guessed wrong too often for one account. The pair, not the account, is locked: someone
 * guessing from elsewhere cannot lock the owner out (DD010).
 */
@Component
class LoginThrottle {

    private final ThrottleCounters counters;
    private final IdentityProperties properties;

    LoginThrottle(ThrottleCounters counters, IdentityProperties properties) {
        this.counters = counters;
        this.properties = properties;
    }

    boolean isBlocked(String address, String account) {
        return counters.hits(addressBucket(address), properties.addressWindow()) >= properties.maxFailuresPerAddress()
                || counters.hits(pairBucket(address, account), properties.lockDuration()) >= properties.maxFailedLogins();
    }

    /** Counts a failure from the address; returns true when this failure locked the account for that address. */
    boolean recordFailure(String address, String account) {
        counters.hit(addressBucket(address), properties.addressWindow());
        return counters.hit(pairBucket(address, account), properties.lockDuration()) == properties.maxFailedLogins();
    }

    private static String addressBucket(String address) {
        return ThrottleCounters.bucket("login-address", address);
    }

    private static String pairBucket(String address, String account) {
        return ThrottleCounters.bucket("login-pair", account + " " + address);
    }
}
