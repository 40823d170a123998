package app.involvement.identity.ui;

import app.involvement.identity.TwoStepSignIn;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.ui.CenteredPage;
import app.involvement.shared.ui.Notices;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * Setting up an authenticator app: scan the QR code or type the secret, prove it with a code, then
 * keep the recovery codes, which are shown this once only.
 */
@Route(value = "mfa-setup", autoLayout = false)
@PermitAll
public class EnrolView extends CenteredPage implements HasDynamicTitle {

    private final TwoStepSignIn twoStep;

    public EnrolView(TwoStepSignIn twoStep, AuthenticationContext authentication) {
        this.twoStep = twoStep;
        setHeading(getTranslation("mfa.setup.title"));
        if (twoStep.enrolled()) {
            addContent(new Paragraph(getTranslation("mfa.setup.already")), new Anchor("two-step", getTranslation("mfa.settings.link")));
            return;
        }
        boolean pending = twoStep.pendingStep() == TwoStepSignIn.Step.ENROL;
        var enrolment = twoStep.startEnrolment();
        var qr = new Image(enrolment.qrCodeDataUrl(), getTranslation("mfa.setup.qr-alt"));
        qr.addClassName("mfa-qr");
        var secret = new Span(grouped(enrolment.secret()));
        secret.setId("mfa-secret");
        secret.addClassName("mfa-secret");
        var code = OneTimeCodeField.create(getTranslation("mfa.code"), getTranslation("mfa.setup.code-help"));
        var confirm = new Button(getTranslation("mfa.setup.confirm"), e -> {
            try {
                showRecoveryCodes(twoStep.confirmEnrolment(enrolment, code.getValue()), pending);
            } catch (BusinessRuleException refused) {
                OneTimeCodeField.refuse(code, Notices.message(refused));
            }
        });
        confirm.setId("mfa-submit");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClickShortcut(Key.ENTER);

        var steps = new OrderedList(
                new ListItem(new Paragraph(getTranslation("mfa.setup.step.app"))),
                new ListItem(new Paragraph(getTranslation("mfa.setup.step.scan")), qr,
                        new Paragraph(getTranslation("mfa.setup.step.type")), secret),
                new ListItem(new Paragraph(getTranslation("mfa.setup.step.code")), code, confirm));
        steps.addClassName("mfa-steps");
        addContent(new Paragraph(getTranslation(pending ? "mfa.setup.lead.required" : "mfa.setup.lead")), steps);
        if (pending) {
            var logout = new Button(getTranslation("menu.logout"), e -> authentication.logout());
            logout.addThemeVariants(ButtonVariant.TERTIARY);
            addContent(logout);
        }
    }

    private void showRecoveryCodes(List<String> codes, boolean wasPending) {
        var list = new OrderedList();
        list.setId("mfa-recovery-codes");
        list.addClassName("mfa-recovery-codes");
        codes.forEach(c -> list.add(new ListItem(c)));
        var done = new Button(getTranslation("mfa.setup.done"),
                e -> UI.getCurrent().getPage().setLocation(wasPending ? "/" : "/two-step"));
        done.addThemeVariants(ButtonVariant.PRIMARY);
        replaceContent(new H2(getTranslation("mfa.recovery.title")), new Paragraph(getTranslation("mfa.recovery.lead")),
                new Div(list), done);
        done.focus();
    }

    /** The secret in groups of four, easier to read and type. */
    static String grouped(String secret) {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.page-title", getTranslation("mfa.setup.title"), getTranslation("app.name"));
    }
}
