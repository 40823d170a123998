package app.involvement;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.identity.PortalUser;
import app.involvement.pool.PartnerNavigation;
import app.involvement.pool.internal.BulkDemoPartners;
import app.involvement.provider.ProgrammeNavigation;
import app.involvement.tenancy.ProviderService;
import app.involvement.tenancy.TenantContext;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.browserless.mocks.MockRequest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.UidlWriter;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * On demand only ({@code -Dit.test=SessionMemoryBenchmarkIT -Dinvolvement.benchmark=true}): opens sessions on
 * each role's heaviest view and prints the live heap each one adds, as the slope between {@value #FEW} and
 * {@value #MANY} sessions (fixed costs cancel out), next to the same figure for a bare UI holding one button.
 * Every session is a real Vaadin session with its own sign-in (the real login code), UI and state tree; the
 * view is opened through the router, grids are asked for their first page as the browser would, and the
 * response is written (so the state tree's pending changes are cleared as after a real round trip). A class
 * histogram of what each session added is printed so a regression can be traced. It prints figures and
 * asserts nothing about time or bytes.
 */
@EnabledIfSystemProperty(named = "involvement.benchmark", matches = "true")
public class SessionMemoryBenchmarkIT extends ViewTestBase {

    static {
        // production mode never records where each component was created; development mode keeps a stack trace
        // per component, which would be counted here as if it were the view's
        System.setProperty("vaadin.devmode.componentTracker.enabled", "false");
    }

    static final int FEW = 10;
    static final int MANY = 40;
    private static final int TOP_CLASSES = 15;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private ProviderService providers;

    @Autowired
    private Clock clock;

    @Autowired
    private ApplicationContext context;

    private int logins;

    public record Case(String name, String email, Consumer<UI> show) {
    }

    @Test
    void printHeapPerSession() throws Exception {
        new BulkDemoPartners(10_000, providers, jdbc, clock).run(null);
        ((ApplicationRunner) context.getBean("bulkDemoLogin")).run(null);
        Long programme = jdbc.queryForObject("select min(g.id) from programme g join provider p on p.id = g.tenant_id "
                + "where p.short_code = 'NBU'", Long.class);
        var cases = cases(programme);
        var service = (VaadinServletService) VaadinService.getCurrent();
        var ownSession = VaadinSession.getCurrent();
        var ownUi = UI.getCurrent();
        var ownRequest = VaadinRequest.getCurrent();
        var ownResponse = VaadinResponse.getCurrent();
        var results = new ArrayList<String>();
        try {
            for (Case c : cases) {
                try {
                    results.add(measure(service, c));
                } catch (AssertionError notShown) {
                    results.add(String.format("  %-40s not measured: %s", c.name(), notShown.getMessage().lines()
                            .filter(l -> !l.isBlank()).findFirst().orElse("")));
                }
            }
        } finally {
            SecurityContextHolder.clearContext();
            CurrentInstance.set(VaadinRequest.class, ownRequest);
            CurrentInstance.set(VaadinResponse.class, ownResponse);
            VaadinSession.setCurrent(ownSession);
            UI.setCurrent(ownUi);
        }
        System.out.printf("%nLive heap per session (slope from %d to %d sessions; state nodes and components per UI)%n",
                FEW, MANY);
        results.forEach(System.out::println);
        assertThat(results).as("every case reached its view").noneMatch(r -> r.contains("not measured"));
    }

    /** The cases measured, each role's heaviest view after the floor. */
    protected List<Case> cases(Long programme) {
        return List.of(
                new Case("floor: bare UI with one button", null, ui -> {
                    ui.removeAll();
                    ui.add(new Button("Press me"));
                }),
                new Case("partner: My profile", DemoLogins.NB_PARTNER, ui -> ui.navigate(PartnerNavigation.MY_PROFILE)),
                new Case("coordinator: pool of 10,000 (BULK)", "coordinator@bulk.example",
                        ui -> ui.navigate(PartnerNavigation.LIST)),
                new Case("lead: programme details", DemoLogins.NB_LEAD,
                        ui -> ui.navigate(ProgrammeNavigation.details(programme))),
                new Case("lead: staff", DemoLogins.NB_LEAD, ui -> ui.navigate("staff")),
                new Case("finance: pool", DemoLogins.NB_FINANCE, ui -> ui.navigate(PartnerNavigation.LIST)));
    }

    private String measure(VaadinServletService service, Case c) {
        List<Object> held = new ArrayList<>();
        int[] shape = new int[2];
        String[] shown = new String[1];
        for (int i = 0; i < FEW; i++) {
            held.add(open(service, c, shape, shown));
        }
        LiveHeap.measure(); // alive during the next measurement as the next one is during the last: they cancel
        LiveHeap few = LiveHeap.measure();
        for (int i = FEW; i < MANY; i++) {
            held.add(open(service, c, shape, shown));
        }
        LiveHeap many = LiveHeap.measure();
        int added = MANY - FEW;
        double perSession = (many.bytes() - few.bytes()) / (double) added / 1024;
        System.out.printf("%n%s (%s): %.1f KB per session, %d state nodes, %d components per UI%n", c.name(), shown[0],
                perSession, shape[0], shape[1]);
        System.out.printf("  %-70s %10s %12s%n", "top classes added per session", "instances", "bytes");
        for (Map.Entry<String, long[]> e : many.growthSince(few, TOP_CLASSES)) {
            System.out.printf("  %-70s %10.1f %12.0f%n", e.getKey(), e.getValue()[0] / (double) added,
                    e.getValue()[1] / (double) added);
        }
        System.out.printf("  %-70s %10s %12s%n", "of which Vaadin's and the portal's", "instances", "bytes");
        for (Map.Entry<String, long[]> e : many.growthSince(few, TOP_CLASSES,
                name -> name.startsWith("com.vaadin") || name.startsWith("app.involvement"))) {
            System.out.printf("  %-70s %10.1f %12.0f%n", e.getKey(), e.getValue()[0] / (double) added,
                    e.getValue()[1] / (double) added);
        }
        assertThat(held).hasSize(MANY);
        return String.format("  %-40s %8.1f KB %6d nodes %6d components", c.name(), perSession, shape[0], shape[1]);
    }

    /**
     * One signed-in browser tab: a new HTTP and Vaadin session, a UI showing the case's view after one round trip.
     * Only the HTTP session is kept, as a servlet container would.
     */
    private Object open(VaadinServletService service, Case c, int[] shape, String[] shown) {
        // Vaadin's security-context strategy reads the context of the current Vaadin session when there is one:
        // left current, the last session opened (e.g. a partner's) would sign in the next person in its place
        VaadinSession.setCurrent(null);
        UI.setCurrent(null);
        CurrentInstance.set(VaadinRequest.class, null);
        CurrentInstance.set(VaadinResponse.class, null);
        SecurityContextHolder.clearContext();
        Authentication auth = c.email() == null ? null
                : DemoLogins.login(authenticationProvider, authenticatorApp, c.email());
        var security = new SecurityContextImpl(auth);
        SecurityContextHolder.setContext(security);
        var objects = MockVaadin.createSessionObjects(service);
        CurrentInstance.set(VaadinRequest.class, objects.getRequest());
        CurrentInstance.set(VaadinResponse.class, objects.getResponse());
        VaadinSession.setCurrent(objects.getSession());
        if (auth != null) {
            objects.getHttpSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, security);
            ServletRequest request = (VaadinServletRequest) objects.getRequest();
            while (request instanceof ServletRequestWrapper wrapper) {
                request = wrapper.getRequest();
            }
            var mock = (MockRequest) request;
            mock.setUserPrincipalInt(auth);
            mock.roleChecker((principal, role) -> auth.getAuthorities().stream()
                    .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
        }
        Long tenant = auth == null ? null : ((PortalUser) auth.getPrincipal()).activeTenantId().orElse(null);
        TenantContext.runAs(tenant, () -> {
            MockVaadin.fireSessionInit(service, objects.getSession(), objects.getRequest());
            MockVaadin.createUI(UI::new, objects.getSession());
            UI ui = UI.getCurrent();
            respond(ui);
            c.show().accept(ui);
            MockVaadin.clientRoundtrip();
            descendants(ui).filter(Grid.class::isInstance).map(g -> (Grid<?>) g)
                    .forEach(g -> g.getDataCommunicator().setViewportRange(0, g.getPageSize()));
            respond(ui);
            int[] nodes = {0};
            ui.getInternals().getStateTree().getRootNode().visitNodeTree(n -> nodes[0]++);
            shape[0] = nodes[0];
            shape[1] = (int) descendants(ui).count();
            var chain = ui.getInternals().getActiveRouterTargetsChain().stream().map(t -> t.getClass().getSimpleName()).toList();
            shown[0] = "/" + ui.getInternals().getActiveViewLocation().getPath() + " " + chain;
            if (c.email() != null) {
                assertThat(chain).as("%s opens its view, reached %s with %s", c.email(), shown[0], auth.getAuthorities()).doesNotContain("NotFoundView", "ErrorView", "LoginView");
            }
        });
        return objects.getHttpSession();
    }

    /** What the server does to answer a browser: run pending work, then encode and clear the changes. */
    private static void respond(UI ui) {
        MockVaadin.clientRoundtrip();
        new UidlWriter().createUidl(ui, false);
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(SessionMemoryBenchmarkIT::descendants));
    }
}
