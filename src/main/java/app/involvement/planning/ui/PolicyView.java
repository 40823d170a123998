package app.involvement.planning.ui;

import app.involvement.identity.CurrentUser;
import app.involvement.identity.Role;
import app.involvement.planning.PlanningNavigation;
import app.involvement.planning.Policies;
import app.involvement.planning.PolicyDetails;
import app.involvement.planning.PolicyFile;
import app.involvement.planning.PolicyVersion;
import app.involvement.shared.UkFormats;
import app.involvement.shared.ui.PageHeader;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.access.AccessDeniedException;

/**
 * One policy with every version, newest first: the document to download or the text. The lead adds the next
 * version; the earlier ones stay. Another provider's policy id is "not found", like an unknown id (and audited).
 */
@Route(PlanningNavigation.POLICIES + "/:" + PolicyView.PARAMETER + "([0-9]{1,18})")
@RolesAllowed({Role.Names.LEAD, Role.Names.COORDINATOR})
class PolicyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAMETER = "policyId";

    private final Policies policies;
    private final boolean lead;
    private final LocalDate today;
    private String title = "";

    PolicyView(Policies policies, CurrentUser currentUser, Clock clock) {
        this.policies = policies;
        this.lead = PlanningUi.isLead(currentUser);
        this.today = PlanningUi.today(clock);
        addClassName("planning-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long id = event.getRouteParameters().getLong(PARAMETER).orElseThrow(NotFoundException::new);
        try {
            show(policies.get(id));
        } catch (AccessDeniedException notThisProvidersPolicy) {
            throw new NotFoundException();
        }
    }

    private void show(PolicyDetails policy) {
        removeAll();
        title = policy.title();
        add(new RouterLink(getTranslation("policies.back"), PolicyListView.class));
        String lead = getTranslation("policies.page.lead." + policy.kind(), policy.versions().size());
        if (this.lead) {
            var addVersion = new Button(getTranslation("policies.add-version"),
                    e -> new PolicyDialog(policies, policy.id(), id -> show(policies.get(id))).open());
            addVersion.setId("policy-add-version");
            addVersion.addThemeVariants(ButtonVariant.PRIMARY);
            add(new PageHeader(title, lead, addVersion));
        } else {
            add(new PageHeader(title, lead));
        }
        boolean newest = true;
        for (PolicyVersion version : policy.versions()) {
            add(version(version, newest));
            newest = false;
        }
        UI.getCurrent().getPage().setTitle(getPageTitle());
    }

    private Div version(PolicyVersion v, boolean newest) {
        var card = new Div(new H2(getTranslation(newest ? "policies.version.current" : "policies.version", v.number())));
        card.setId("policy-version-" + v.number());
        card.addClassName("planning-card");
        boolean reviewDue = newest && v.nextReviewOn().isBefore(today);
        card.add(PlanningUi.facts(
                getTranslation("policies.field.owner"), v.owner(),
                getTranslation("policies.field.approved"), PlanningUi.day(v.approvedOn()),
                getTranslation("policies.field.next-review"), reviewDue
                        ? getTranslation("policies.review-due", PlanningUi.day(v.nextReviewOn()))
                        : PlanningUi.day(v.nextReviewOn()),
                getTranslation("policies.version.added"), getTranslation("policies.version.added-by",
                        UkFormats.date(v.createdAt(), getLocale()), v.createdBy() == null ? "" : v.createdBy())));
        card.add(v.hasFile() ? download(v) : text(v.text()));
        return card;
    }

    private Component text(String text) {
        var paragraph = new Paragraph(text);
        paragraph.addClassName("planning-text");
        return paragraph;
    }

    private Component download(PolicyVersion v) {
        Long id = v.id();
        DownloadHandler handler = event -> {
            PolicyFile file = policies.download(id).orElseThrow();
            event.setFileName(file.fileName());
            event.setContentType(file.contentType());
            event.setContentLength(file.content().length);
            event.getResponse().setHeader("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"");
            event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
            try (var out = event.getOutputStream()) {
                out.write(file.content());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        long kb = Math.max(1, Math.round((v.sizeBytes() == null ? 0 : v.sizeBytes()) / 1024.0));
        var link = new Anchor(handler, getTranslation("policies.download", v.fileName(),
                UkFormats.number(kb, getLocale())));
        link.setId("policy-download-" + v.number());
        return new Paragraph(link);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
