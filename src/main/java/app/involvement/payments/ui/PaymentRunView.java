package app.involvement.payments.ui;

import app.involvement.identity.CurrentUser;
import app.involvement.identity.Role;
import app.involvement.payments.ClaimRow;
import app.involvement.payments.PaymentNavigation;
import app.involvement.payments.PaymentRuns;
import app.involvement.payments.RunRow;
import app.involvement.payments.RunStatus;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.UkFormats;
import app.involvement.shared.ui.Notices;
import app.involvement.shared.ui.PageHeader;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
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
import java.util.List;
import org.springframework.security.access.AccessDeniedException;

/**
 * One payment run: its facts and totals and its claims. Finance takes claims out while it is open, exports it
 * (which fixes it; the file downloads again as often as needed) and marks it paid. The lead reads. Another
 * provider's run id is "not found", like an unknown id (the service records the refusal).
 */
@Route(PaymentNavigation.RUN + ":runId([0-9]{1,18})")
@RolesAllowed({Role.Names.FINANCE, Role.Names.LEAD})
class PaymentRunView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PaymentRuns runs;
    private final Clock clock;
    private final boolean finance;
    private String title = "";

    PaymentRunView(PaymentRuns runs, CurrentUser currentUser, Clock clock) {
        this.runs = runs;
        this.clock = clock;
        this.finance = currentUser.require().currentRole().orElseThrow() == Role.FINANCE;
        addClassName("run-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long id = event.getRouteParameters().getLong("runId").orElseThrow(NotFoundException::new);
        try {
            show(runs.get(id));
        } catch (AccessDeniedException notThisProvidersRun) {
            throw new NotFoundException();
        }
    }

    private void reload(Long id) {
        show(runs.get(id));
    }

    private void show(RunRow run) {
        removeAll();
        title = getTranslation("runs.run.title", String.valueOf(run.id()));
        List<ClaimRow> claims = runs.claims(run.id());
        Anchor download = finance && run.status() != RunStatus.OPEN ? download(run.id()) : null;
        var header = new PageHeader(title, getTranslation("runs.run.lead." + run.status()),
                finance && run.status() == RunStatus.OPEN ? new Component[] {exportButton(run.id())}
                        : download != null ? new Component[] {download} : new Component[0]);
        add(new RouterLink(getTranslation("runs.back"), PaymentRunListView.class), header, new RunFacts(run, claims));
        if (finance && run.status() == RunStatus.EXPORTED) {
            add(new MarkPaidForm(runs, run.id(), run.exportedAt().atZone(UkFormats.UK_TIME).toLocalDate(), clock,
                    () -> reload(run.id())));
        }
        add(new H2(getTranslation("runs.claims.title")), new RunClaimsGrid(run.id(), claims,
                finance && run.status() == RunStatus.OPEN ? c -> takeOut(run.id(), c) : null));
        UI.getCurrent().getPage().setTitle(getPageTitle());
    }

    private void takeOut(Long runId, ClaimRow claim) {
        try {
            runs.takeOut(runId, claim.id());
            Notices.success(getTranslation("runs.taken-out"));
        } catch (BusinessRuleException refused) {
            Notices.error(Notices.message(refused));
        }
        reload(runId);
    }

    /** Exporting fixes the run, so it is confirmed first; then the file downloads. */
    private Button exportButton(Long runId) {
        var export = new Button(getTranslation("runs.export"), e -> new ExportDialog(() -> {
            runs.export(runId);
            Notices.success(getTranslation("runs.exported"));
            reload(runId);
            getElement().executeJs("const a = document.getElementById('run-download'); if (a) a.click();");
        }).open());
        export.addThemeVariants(ButtonVariant.PRIMARY);
        export.setId("run-export");
        return export;
    }

    /** The run's CSV, read through the service when asked for: the same rows every time once it is exported. */
    private Anchor download(Long runId) {
        String fileName = "payment-run-" + runId + ".csv";
        DownloadHandler handler = event -> {
            byte[] csv = runs.export(runId);
            event.setFileName(fileName);
            event.setContentType("text/csv; charset=UTF-8");
            event.setContentLength(csv.length);
            event.getResponse().setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
            event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
            try (var out = event.getOutputStream()) {
                out.write(csv);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        var anchor = new Anchor(handler, getTranslation("runs.download"));
        anchor.setId("run-download");
        anchor.setAriaLabel(getTranslation("runs.download-of", String.valueOf(runId)));
        anchor.addClassName("run-download");
        return anchor;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
