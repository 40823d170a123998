package app.involvement.identity;

import java.util.List;

/**
 * Two-step sign-in with an authenticator app (TOTP, RFC 6238) and single-use recovery codes, for the
 * signed-in person. Required for platform admins and leads, and for coordinators and finance staff
 * where their provider says so; offered to everyone else.
 */
public interface TwoStepSignIn {

    /** Longest code input accepted: a recovery code written with spaces or hyphens fits. */
    int CODE_MAX_LENGTH = 32;

    /** What the person must do before any other page opens. */
    enum Step {
        /** Nothing: signed in fully. */
        NONE,
        /** Give a code from the authenticator app (or a recovery code). */
        VERIFY,
        /** Set up an authenticator app first: their role requires it. */
        ENROL
    }

    Step pendingStep();

    boolean enrolled();

    /** True when the person's role (or their provider's setting) requires two-step sign-in. */
    boolean required();

    /** A new secret for the authenticator app; nothing is stored until {@link #confirmEnrolment}. */
    Enrolment startEnrolment();

    /**
     * Stores the secret once the person has proved their app shows the right code, and completes the
     * second step of this sign-in.
     *
     * @return the recovery codes, shown this once only
     * @throws app.involvement.shared.BusinessRuleException for a wrong code or an account already enrolled
     */
    List<String> confirmEnrolment(Enrolment enrolment, String code);

    /**
     * Completes the second step with a code from the app or an unused recovery code.
     *
     * @throws app.involvement.shared.BusinessRuleException for a wrong, reused or malformed code, or while
     *         the second step is locked after too many wrong codes
     */
    void verify(String code);

    /**
     * Turns two-step sign-in off after checking a current code.
     *
     * @throws app.involvement.shared.BusinessRuleException when the role requires it or the code is wrong
     */
    void disable(String code);

    /**
     * A secret being set up, with the same secret as an {@code otpauth://} QR code picture.
     *
     * @param secret        Base32, for typing into the app by hand
     * @param qrCodeDataUrl an SVG picture of the {@code otpauth://} URI, as a data URL
     */
    record Enrolment(String secret, String qrCodeDataUrl) {

        @Override
        public String toString() {
            return "Enrolment[secret hidden]";
        }
    }
}
