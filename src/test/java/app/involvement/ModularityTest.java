package app.involvement;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Module boundaries: each module uses only the modules it declares, and only their API packages. */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(Application.class);

    @Test
    void modules_dependOnlyOnDeclaredApis() {
        modules.verify();
    }
}
