package app.involvement.sessions;

import java.util.List;

/** The signed-in partner's sessions: offers waiting, upcoming places (with what to prepare), past ones. Bounded lists. */
public interface MySessions {

    List<MySession> waiting();

    List<MySession> upcoming();

    List<MySession> past();

    /** @throws org.springframework.security.access.AccessDeniedException for another partner's or provider's offer */
    MySession one(Long offerId);
}
