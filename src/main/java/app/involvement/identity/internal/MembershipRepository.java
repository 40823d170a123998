package app.involvement.identity.internal;

import app.involvement.identity.Role;
import app.involvement.identity.StaffChoice;
import app.involvement.identity.StaffMember;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Memberships are a platform table: every provider-side query here names the tenant. */
interface MembershipRepository extends JpaRepository<Membership, Long> {

    List<Membership> findByUserIdOrderById(Long userId);

    Optional<Membership> findByIdAndTenantId(Long id, Long tenantId);

    Optional<Membership> findByTenantIdAndUserId(Long tenantId, Long userId);

    long countByTenantIdAndRoleIn(Long tenantId, Collection<Role> roles);

    @Query("select new app.involvement.identity.StaffMember(m.id, u.id, u.displayName, u.email, m.role, m.createdAt)"
            + " from Membership m join UserAccount u on u.id = m.userId"
            + " where m.tenantId = :tenantId and m.role in :roles")
    List<StaffMember> findMembers(Long tenantId, Collection<Role> roles, Pageable pageable);

    @Query("select new app.involvement.identity.StaffChoice(u.id, u.displayName, m.role)"
            + " from Membership m join UserAccount u on u.id = m.userId"
            + " where m.tenantId = :tenantId and m.role in :roles order by u.displayName, u.id")
    List<StaffChoice> findChoices(Long tenantId, Collection<Role> roles, Pageable pageable);
}
