package app.involvement.identity.internal;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Stamps the response's Content-Security-Policy nonce on the inline scripts of Vaadin's bootstrap page. */
@Component
class ScriptNonces implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(page -> {
            if (page.getVaadinRequest().getAttribute(ContentSecurityPolicy.NONCE_ATTRIBUTE) instanceof String nonce) {
                page.getDocument().select("script").attr("nonce", nonce);
            }
        });
    }
}
