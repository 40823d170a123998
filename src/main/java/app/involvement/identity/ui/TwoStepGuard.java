package app.involvement.identity.ui;

import app.involvement.identity.TwoStepSignIn;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Until a person who needs two-step sign-in has passed it, every navigation leads to the one page of
 * their step: giving a code, or setting up the app when their role requires it. (They hold no
 * authorities meanwhile, so services refuse them too.)
 */
@Component
class TwoStepGuard implements VaadinServiceInitListener {

    private final TwoStepSignIn twoStep;

    TwoStepGuard(TwoStepSignIn twoStep) {
        this.twoStep = twoStep;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::guard));
    }

    private void guard(BeforeEnterEvent event) {
        Class<? extends com.vaadin.flow.component.Component> target = switch (twoStep.pendingStep()) {
            case NONE -> null;
            case VERIFY -> SecondStepView.class;
            case ENROL -> EnrolView.class;
        };
        if (target != null && event.getNavigationTarget() != target && event.getNavigationTarget() != LoginView.class) {
            event.forwardTo(target);
        }
    }
}
