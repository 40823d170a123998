package app.involvement.identity.internal;

import app.involvement.identity.CurrentUser;
import app.involvement.identity.PortalUser;
import app.involvement.identity.TwoStepSignIn;
import app.involvement.shared.BusinessRuleException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(noRollbackFor = BusinessRuleException.class)
class DefaultTwoStepSignIn implements TwoStepSignIn {

    /** Wrong codes in a row that lock the second step for {@link #LOCK_DURATION}. */
    static final int MAX_WRONG_CODES = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);
    static final int RECOVERY_CODES = 10;
    static final String ISSUER = "Involvement Portal";

    private static final Pattern TOTP = Pattern.compile("[0-9]{" + TotpCodes.DIGITS + "}");
    /** Ten Base32 characters: 50 random bits each, hashed like passwords. */
    private static final Pattern RECOVERY = Pattern.compile("[a-z2-7]{10}");
    private static final char[] RECOVERY_ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

    private final CurrentUser currentUser;
    private final MembershipDirectory memberships;
    private final TwoStepRequirement requirement;
    private final SecondFactorRepository factors;
    private final RecoveryCodeRepository recoveryCodes;
    private final TotpCodes totp;
    private final PasswordEncoder encoder;
    private final Audit audit;
    private final Clock clock;
    private final SignedInSession session;
    private final SecureRandom random = new SecureRandom();

    DefaultTwoStepSignIn(CurrentUser currentUser, MembershipDirectory memberships, TwoStepRequirement requirement,
            SecondFactorRepository factors, RecoveryCodeRepository recoveryCodes, TotpCodes totp, PasswordEncoder encoder,
            Audit audit, Clock clock, SignedInSession session) {
        this.currentUser = currentUser;
        this.memberships = memberships;
        this.requirement = requirement;
        this.factors = factors;
        this.recoveryCodes = recoveryCodes;
        this.totp = totp;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
        this.session = session;
    }

    @Override
    @Transactional(readOnly = true)
    public Step pendingStep() {
        return currentUser.get()
                .filter(PortalUser::secondStepPending)
                .map(u -> requirement.enrolled(u.userId()) ? Step.VERIFY : Step.ENROL)
                .orElse(Step.NONE);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean enrolled() {
        return requirement.enrolled(currentUser.require().userId());
    }

    @Override
    @Transactional(readOnly = true)
    public boolean required() {
        PortalUser user = currentUser.require();
        return requirement.required(user.platformRole().orElse(null), memberships.of(user.userId()));
    }

    @Override
    @Transactional(readOnly = true)
    public Enrolment startEnrolment() {
        PortalUser user = currentUser.require();
        if (requirement.enrolled(user.userId())) {
            throw new BusinessRuleException("mfa.already-enrolled");
        }
        String secret = totp.newSecret();
        String label = encode(ISSUER) + ":" + encode(user.email());
        String uri = "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(ISSUER)
                + "&algorithm=SHA1&digits=" + TotpCodes.DIGITS + "&period=" + TotpCodes.STEP.toSeconds();
        return new Enrolment(secret, QrCodes.svgDataUrl(uri));
    }

    @Override
    public List<String> confirmEnrolment(Enrolment enrolment, String code) {
        PortalUser user = currentUser.require();
        if (requirement.enrolled(user.userId())) {
            throw new BusinessRuleException("mfa.already-enrolled");
        }
        String given = normalise(code);
        if (!TOTP.matcher(given).matches()) {
            throw new BusinessRuleException("mfa.code.format");
        }
        long step = totp.matchingStep(enrolment.secret(), given, Long.MIN_VALUE)
                .orElseThrow(() -> new BusinessRuleException("mfa.code.wrong"));
        factors.save(new SecondFactor(user.userId(), enrolment.secret(), step, clock.instant()));
        List<String> codes = newRecoveryCodes(user.userId());
        record("MFA_ENROLLED", user, "authenticator app and " + codes.size() + " recovery codes");
        if (user.secondStepPending()) {
            pass(user);
        }
        return codes;
    }

    @Override
    public void verify(String code) {
        PortalUser user = currentUser.require();
        if (!user.secondStepPending()) {
            return;
        }
        SecondFactor factor = factors.findByUserId(user.userId())
                .orElseThrow(() -> new BusinessRuleException("mfa.not-enrolled"));
        String how = check(user, factor, code);
        record("MFA_VERIFIED", user, how);
        pass(user);
    }

    @Override
    public void disable(String code) {
        PortalUser user = currentUser.require();
        if (required()) {
            throw new BusinessRuleException("mfa.required");
        }
        SecondFactor factor = factors.findByUserId(user.userId())
                .orElseThrow(() -> new BusinessRuleException("mfa.not-enrolled"));
        check(user, factor, code);
        recoveryCodes.deleteByUserId(user.userId());
        factors.delete(factor);
        record("MFA_DISABLED", user, "by the account holder");
    }

    /** Accepts an unused code of the app or an unused recovery code; counts and audits a wrong one. */
    private String check(PortalUser user, SecondFactor factor, String code) {
        var now = clock.instant();
        if (factor.isLockedAt(now)) {
            record("MFA_REFUSED_LOCKED", user, "second step locked after wrong codes");
            throw new BusinessRuleException("mfa.locked", LOCK_DURATION.toMinutes());
        }
        String given = normalise(code);
        if (TOTP.matcher(given).matches()) {
            var step = totp.matchingStep(factor.getSecret(), given, factor.getLastUsedStep());
            if (step.isPresent()) {
                factor.recordSuccess(step.getAsLong());
                return "authenticator code";
            }
        } else if (RECOVERY.matcher(given).matches()) {
            var unused = recoveryCodes.findByUserIdAndUsedAtIsNull(user.userId());
            var match = unused.stream().filter(r -> encoder.matches(given, r.getCodeHash())).findFirst();
            if (match.isPresent()) {
                match.get().use(now);
                factor.recordSuccess();
                record("MFA_RECOVERY_CODE_USED", user, (unused.size() - 1) + " recovery codes left");
                return "recovery code";
            }
        } else {
            throw new BusinessRuleException("mfa.code.format");
        }
        record("MFA_CODE_WRONG", user, "wrong or already used code");
        if (factor.recordFailure(MAX_WRONG_CODES, LOCK_DURATION, now)) {
            record("MFA_LOCKED", user, "locked for " + LOCK_DURATION);
        }
        throw new BusinessRuleException("mfa.code.wrong");
    }

    private List<String> newRecoveryCodes(Long userId) {
        recoveryCodes.deleteByUserId(userId);
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            var code = new StringBuilder();
            for (int c = 0; c < 10; c++) {
                code.append(RECOVERY_ALPHABET[random.nextInt(RECOVERY_ALPHABET.length)]);
            }
            recoveryCodes.save(new RecoveryCode(userId, encoder.encode(code.toString())));
            shown.add(code.substring(0, 5) + "-" + code.substring(5));
        }
        return shown;
    }

    /** The person has passed the second step: their roles apply from now on, under a new session id. */
    private void pass(PortalUser user) {
        session.replace(user.withSecondStepPending(false));
    }

    private void record(String type, PortalUser user, String detail) {
        audit.record(type, user.activeTenantId().orElse(null), user.email(), user.email(), detail);
    }

    private static String normalise(String code) {
        if (code == null || code.length() > CODE_MAX_LENGTH) {
            return "";
        }
        return code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
