package app.involvement.identity;

import java.util.List;
import java.util.Optional;

/** The platform's HCPC reviewer accounts, for the platform admin who assigns them to reviews (DD042). */
public interface Reviewers {

    int CHOICES_MAX = 500;

    /** Every reviewer account by name; at most {@link #CHOICES_MAX}. Platform admin only. */
    List<ReviewerChoice> choices();

    /** The reviewer account with this id; empty when there is none or it does not hold the reviewer role. */
    Optional<ReviewerChoice> find(Long userId);
}
