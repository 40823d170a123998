package app.involvement.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.involvement.DemoLogins;
import app.involvement.IntegrationTestBase;
import app.involvement.identity.PortalUser;
import app.involvement.identity.Role;
import app.involvement.identity.StaffDirectory;
import app.involvement.identity.TwoStepPolicy;
import app.involvement.identity.TwoStepSignIn;
import app.involvement.identity.TwoStepSignIn.Step;
import app.involvement.shared.BusinessRuleException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Two-step sign-in through the real login: enrolment, codes from the app, replays, throttling,
 * recovery codes, the roles that require it and each provider's own setting.
 */
class TwoStepSignInIT extends IntegrationTestBase {

    private static final String PASSWORD = "a long enough pass phrase";

    @Autowired
    private TwoStepSignIn twoStep;
    @Autowired
    private TwoStepPolicy policy;
    @Autowired
    private StaffDirectory staff;
    @Autowired
    private UserAccountRepository accounts;
    @Autowired
    private MembershipRepository memberships;
    @Autowired
    private PasswordEncoder encoder;

    @Test
    void enrolment_withACodeFromTheSecret_turnsItOnAndGivesTenSingleUseRecoveryCodes() {
        String email = newAccount(Role.PARTNER);
        signIn(email);
        assertThat(twoStep.pendingStep()).as("a partner is never forced").isEqualTo(Step.NONE);
        assertThat(twoStep.enrolled()).isFalse();

        var enrolment = twoStep.startEnrolment();
        assertThat(enrolment.qrCodeDataUrl()).startsWith("data:image/svg+xml;base64,");
        assertThatThrownBy(() -> twoStep.confirmEnrolment(enrolment, "000000"))
                .isInstanceOf(BusinessRuleException.class).hasMessage("mfa.code.wrong");
        assertThatThrownBy(() -> twoStep.confirmEnrolment(enrolment, "twelve"))
                .isInstanceOf(BusinessRuleException.class).hasMessage("mfa.code.format");
        assertThat(twoStep.enrolled()).as("nothing stored after a wrong code").isFalse();

        List<String> codes = twoStep.confirmEnrolment(enrolment, authenticatorApp.nextCode(enrolment.secret()));
        assertThat(codes).hasSize(10).doesNotHaveDuplicates().allMatch(c -> c.matches("[a-z2-7]{5}-[a-z2-7]{5}"));
        assertThat(twoStep.enrolled()).isTrue();
        assertThat(jdbc.queryForList("select code_hash from recovery_code rc join user_account u on u.id = rc.user_id"
                + " where u.email = ?", String.class, email)).hasSize(10).noneMatch(h -> codes.contains(h));
        assertThat(audited("MFA_ENROLLED", email)).isOne();

        Authentication afterPassword = passwordOnly(email);
        assertThat(DemoLogins.user(afterPassword).secondStepPending()).as("asked for a code at the next login").isTrue();
        assertThat(afterPassword.getAuthorities()).isEmpty();
        assertThat(twoStep.pendingStep()).isEqualTo(Step.VERIFY);
        twoStep.verify(authenticatorApp.nextCode(enrolment.secret()));
        assertThat(current().secondStepPending()).isFalse();
        assertThat(SecurityContextHolder.getContext().getAuthentication().getAuthorities())
                .extracting(Object::toString).containsExactly("ROLE_PARTNER");
        assertThat(audited("MFA_VERIFIED", email)).isOne();

        twoStep.disable(authenticatorApp.nextCode(enrolment.secret()));
        assertThat(twoStep.enrolled()).isFalse();
        assertThat(audited("MFA_DISABLED", email)).isOne();
        assertThat(DemoLogins.user(passwordOnly(email)).secondStepPending()).isFalse();
    }

    @Test
    void wrongCodes_areRefusedAudited_andFiveInARowLockTheSecondStep() {
        String email = newAccount(Role.LEAD);
        String secret = enrol(email);
        passwordOnly(email);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> twoStep.verify("123456"))
                    .isInstanceOf(BusinessRuleException.class).hasMessage("mfa.code.wrong");
        }
        assertThatThrownBy(() -> twoStep.verify(authenticatorApp.nextCode(secret)))
                .as("even the right code while locked").isInstanceOf(BusinessRuleException.class).hasMessage("mfa.locked");
        assertThat(current().secondStepPending()).isTrue();
        assertThat(audited("MFA_CODE_WRONG", email)).isEqualTo(5);
        assertThat(audited("MFA_LOCKED", email)).isOne();

        jdbc.update("update second_factor set locked_until = ? where user_id = ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(1)), current().userId());
        twoStep.verify(authenticatorApp.nextCode(secret));
        assertThat(current().secondStepPending()).isFalse();
    }

    @Test
    void aCodeOnceUsed_cannotBeReplayed() {
        String email = newAccount(Role.LEAD);
        String secret = enrol(email);
        passwordOnly(email);
        String code = authenticatorApp.nextCode(secret);
        twoStep.verify(code);
        assertThat(current().secondStepPending()).isFalse();

        passwordOnly(email);
        assertThatThrownBy(() -> twoStep.verify(code)).isInstanceOf(BusinessRuleException.class).hasMessage("mfa.code.wrong");
        assertThat(current().secondStepPending()).isTrue();
        assertThat(audited("MFA_CODE_WRONG", email)).isOne();
    }

    @Test
    void aRecoveryCode_worksInsteadOfACode_once() {
        String email = newAccount(Role.LEAD);
        passwordOnly(email);
        var enrolment = twoStep.startEnrolment();
        String recovery = twoStep.confirmEnrolment(enrolment, authenticatorApp.nextCode(enrolment.secret())).get(3);

        passwordOnly(email);
        twoStep.verify(recovery.toUpperCase().replace("-", " "));
        assertThat(current().secondStepPending()).isFalse();
        assertThat(audited("MFA_RECOVERY_CODE_USED", email)).isOne();

        passwordOnly(email);
        assertThatThrownBy(() -> twoStep.verify(recovery)).isInstanceOf(BusinessRuleException.class).hasMessage("mfa.code.wrong");
        assertThat(current().secondStepPending()).isTrue();
    }

    @Test
    void aLeadWithoutTheSecondStep_holdsNoRole_andEveryServiceRefusesThem() {
        Authentication afterPassword = passwordOnly(DemoLogins.NB_LEAD);
        PortalUser lead = DemoLogins.user(afterPassword);
        assertThat(lead.secondStepPending()).isTrue();
        assertThat(lead.currentRole()).isEmpty();
        assertThat(afterPassword.getAuthorities()).isEmpty();
        assertThat(twoStep.pendingStep()).isEqualTo(Step.VERIFY);
        app.involvement.tenancy.TenantContext.runAs(lead.activeTenantId().orElseThrow(), () -> {
            assertThatThrownBy(() -> staff.list(PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> policy.requireForStaff(false)).isInstanceOf(AccessDeniedException.class);
        });
    }

    @Test
    void aNewLead_mustEnrolBeforeAnythingElse_andEnrollingCompletesTheSignIn() {
        String email = newAccount(Role.LEAD);
        passwordOnly(email);
        assertThat(twoStep.pendingStep()).isEqualTo(Step.ENROL);
        assertThat(twoStep.required()).isTrue();
        var enrolment = twoStep.startEnrolment();
        twoStep.confirmEnrolment(enrolment, authenticatorApp.nextCode(enrolment.secret()));
        assertThat(twoStep.pendingStep()).isEqualTo(Step.NONE);
        assertThat(current().currentRole()).contains(Role.LEAD);
        assertThatThrownBy(() -> twoStep.disable(authenticatorApp.nextCode(enrolment.secret())))
                .as("a lead cannot turn it off").isInstanceOf(BusinessRuleException.class).hasMessage("mfa.required");
    }

    @Test
    void aProvidersRequirement_forcesItsCoordinatorsToEnrol_andNoOtherProvidersStaff() {
        as(DemoLogins.NB_LEAD, () -> policy.requireForStaff(true));
        try {
            as(DemoLogins.SM_LEAD, () -> assertThat(policy.requiredForStaff()).as("Southmoor's own setting").isFalse());
            as(DemoLogins.NB_LEAD, () -> assertThat(policy.requiredForStaff()).isTrue());
            assertThat(audited("MFA_POLICY_CHANGED", "provider " + providerId("NBU"))).isPositive();

            passwordOnly(DemoLogins.NB_COORDINATOR);
            assertThat(current().secondStepPending()).isTrue();
            assertThat(twoStep.pendingStep()).isEqualTo(Step.ENROL);
            passwordOnly(DemoLogins.NB_FINANCE);
            assertThat(twoStep.pendingStep()).isEqualTo(Step.ENROL);

            passwordOnly(DemoLogins.SM_COORDINATOR);
            assertThat(current().secondStepPending()).as("Southmoor's coordinator is not affected").isFalse();
            passwordOnly(DemoLogins.NB_PARTNER);
            assertThat(current().secondStepPending()).as("partners are never forced").isFalse();
        } finally {
            as(DemoLogins.NB_LEAD, () -> policy.requireForStaff(false));
        }
        passwordOnly(DemoLogins.NB_COORDINATOR);
        assertThat(current().secondStepPending()).isFalse();
    }

    @Test
    void onlyALead_setsTheProvidersRequirement() {
        as(DemoLogins.NB_COORDINATOR, () ->
                assertThatThrownBy(() -> policy.requireForStaff(true)).isInstanceOf(AccessDeniedException.class));
        as(DemoLogins.NB_LEAD, () -> assertThat(policy.requiredForStaff()).isFalse());
    }

    // ------------------------------------------------------------------------------------------

    /** A new account with a membership in Northbridge; returns its e-mail address. */
    private String newAccount(Role role) {
        String email = "two-step." + System.nanoTime() + "@example.org";
        var account = accounts.save(new UserAccount(email, "Two Step", encoder.encode(PASSWORD), null, Instant.now()));
        memberships.save(new Membership(providerId("NBU"), account.getId(), role, Instant.now()));
        return email;
    }

    /** Sets up the app for the account (signing in fully on the way) and returns its secret. */
    private String enrol(String email) {
        passwordOnly(email);
        var enrolment = twoStep.startEnrolment();
        twoStep.confirmEnrolment(enrolment, authenticatorApp.nextCode(enrolment.secret()));
        return enrolment.secret();
    }

    private void signIn(String email) {
        passwordOnly(email);
        assertThat(current().secondStepPending()).isFalse();
    }

    /** The first step only: the password, leaving the person in the security context. */
    private Authentication passwordOnly(String email) {
        var auth = DemoLogins.login(authenticationProvider, email,
                email.startsWith("two-step.") ? PASSWORD : DemoLogins.PASSWORD, "192.0.2.50");
        SecurityContextHolder.getContext().setAuthentication(auth);
        return auth;
    }

    private PortalUser current() {
        return (PortalUser) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
    }

    private long audited(String type, String subject) {
        return jdbc.queryForObject("select count(*) from audit_entry where event_type = ? and subject = ?",
                Long.class, type, subject);
    }
}
