package app.involvement.identity.internal;

import app.involvement.identity.StaffContact;
import app.involvement.identity.StaffContacts;
import app.involvement.tenancy.TenantContext;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR', 'FINANCE', 'PARTNER')")
class DefaultStaffContacts implements StaffContacts {

    private final EntityManager entityManager;

    DefaultStaffContacts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** One query; memberships are a platform table, so the tenant is named. */
    @Override
    public Optional<StaffContact> find(Long userId) {
        if (userId == null) {
            return Optional.empty();
        }
        return entityManager.createQuery("select new app.involvement.identity.StaffContact(u.id, u.displayName, u.email)"
                + " from Membership m join UserAccount u on u.id = m.userId"
                + " where m.tenantId = :tenant and m.userId = :user and m.role in :roles", StaffContact.class)
                .setParameter("tenant", TenantContext.require())
                .setParameter("user", userId)
                .setParameter("roles", DefaultStaffDirectory.NAMEABLE)
                .getResultStream().findFirst();
    }
}
