package app.involvement.identity.internal;

import app.involvement.identity.ReviewerChoice;
import app.involvement.identity.Reviewers;
import app.involvement.identity.Role;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class DefaultReviewers implements Reviewers {

    private final UserAccountRepository accounts;

    DefaultReviewers(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public List<ReviewerChoice> choices() {
        return accounts.findByPlatformRoleOrderByDisplayName(Role.REVIEWER, Limit.of(CHOICES_MAX)).stream()
                .map(DefaultReviewers::choice).toList();
    }

    @Override
    public Optional<ReviewerChoice> find(Long userId) {
        return accounts.findById(userId).filter(a -> a.getPlatformRole() == Role.REVIEWER).map(DefaultReviewers::choice);
    }

    private static ReviewerChoice choice(UserAccount account) {
        return new ReviewerChoice(account.getId(), account.getEmail(), account.getDisplayName());
    }
}
