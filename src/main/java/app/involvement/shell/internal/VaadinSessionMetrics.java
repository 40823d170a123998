package app.involvement.shell.internal;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * How many Vaadin sessions and open UIs (browser tabs) this instance holds: the memory a pod carries for
 * the people on it, and the people who must log in again if it goes away. Published as
 * {@code involvement_vaadin_sessions} and {@code involvement_vaadin_uis} on the management port.
 */
@Component
class VaadinSessionMetrics implements VaadinServiceInitListener {

    static final String SESSIONS = "involvement.vaadin.sessions";
    static final String UIS = "involvement.vaadin.uis";

    private final Set<VaadinSession> sessions = ConcurrentHashMap.newKeySet();
    private final Map<UI, VaadinSession> uis = new ConcurrentHashMap<>();

    VaadinSessionMetrics(MeterRegistry registry) {
        Gauge.builder(SESSIONS, sessions, Set::size)
                .description("Vaadin sessions held by this instance")
                .register(registry);
        Gauge.builder(UIS, uis, Map::size)
                .description("Vaadin UIs (open browser tabs) held by this instance")
                .register(registry);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        var service = event.getSource();
        service.addSessionInitListener(init -> sessions.add(init.getSession()));
        service.addSessionDestroyListener(destroy -> {
            VaadinSession session = destroy.getSession();
            sessions.remove(session);
            uis.values().removeIf(owner -> owner == session);
        });
        service.addUIInitListener(init -> {
            UI ui = init.getUI();
            uis.put(ui, ui.getSession());
            ui.addDetachListener(detach -> uis.remove(ui));
        });
    }

    int sessions() {
        return sessions.size();
    }

    int uis() {
        return uis.size();
    }
}
