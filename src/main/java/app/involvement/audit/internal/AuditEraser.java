package app.involvement.audit.internal;

import app.involvement.shared.BackgroundOnly;
import app.involvement.shared.privacy.DataSubject;
import app.involvement.shared.privacy.ErasedText;
import app.involvement.shared.privacy.PersonalDataEraser;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Takes an erased partner's values out of the audit log while keeping every entry (DD048): in each entry of their
 * provider whose actor, subject or detail names them (e-mail, names, phone, postcode) the value becomes
 * "partner {id}"; entries without a provider (sign-in, password reset) are changed the same way once their login
 * is gone, and left alone while another provider still has them. The log is append-only on MySQL/MariaDB (V30):
 * each update runs right after setting {@code @involvement_audit_change = 'erasure'} on the same connection (a
 * native query in the erasure's transaction), and the variable is set back to NULL in every case, as connections
 * are pooled. H2 has no such trigger and accepts the same statements.
 */
@Component
class AuditEraser implements PersonalDataEraser {

    static final int ORDER = 180;
    private static final List<String> COLUMNS = List.of("actor", "subject", "detail");

    private final EntityManager entityManager;

    AuditEraser(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    public void erase(DataSubject subject, List<String> erasedValues) {
        BackgroundOnly.checkUnless("LEAD");
        List<String> values = ErasedText.usable(erasedValues);
        if (values.isEmpty()) {
            return;
        }
        entityManager.flush();
        String scope = loginGone(subject) ? "(tenant_id = :tenant or tenant_id is null)" : "tenant_id = :tenant";
        List<String> likes = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            likes.add("lower(actor) like :v" + i + " or lower(subject) like :v" + i + " or lower(detail) like :v" + i);
        }
        var select = entityManager.createNativeQuery("select id, actor, subject, detail from audit_entry where "
                + scope + " and (" + String.join(" or ", likes) + ")").setParameter("tenant", subject.tenantId());
        for (int i = 0; i < values.size(); i++) {
            select.setParameter("v" + i, "%" + values.get(i).toLowerCase(Locale.ROOT) + "%");
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.getResultList();
        String reference = ErasedText.partnerReference(subject);
        List<Map<String, Object>> changes = new ArrayList<>();
        for (Object[] row : rows) {
            Map<String, Object> change = new LinkedHashMap<>();
            for (int column = 1; column < COLUMNS.size() + 1; column++) {
                String text = (String) row[column];
                String replaced = ErasedText.replace(text, values, reference);
                if (!Objects.equals(text, replaced)) {
                    change.put(COLUMNS.get(column - 1), replaced);
                }
            }
            if (!change.isEmpty()) {
                change.put("id", row[0]);
                changes.add(change);
            }
        }
        if (changes.isEmpty()) {
            return;
        }
        try {
            entityManager.createNativeQuery("set @involvement_audit_change = 'erasure'").executeUpdate();
            for (Map<String, Object> change : changes) {
                List<String> sets = change.keySet().stream().filter(c -> !c.equals("id")).map(c -> c + " = :" + c)
                        .toList();
                var update = entityManager.createNativeQuery("update audit_entry set " + String.join(", ", sets)
                        + " where id = :id");
                change.forEach(update::setParameter);
                update.executeUpdate();
            }
        } finally {
            entityManager.createNativeQuery("set @involvement_audit_change = null").executeUpdate();
        }
    }

    private boolean loginGone(DataSubject subject) {
        if (subject.userId() == null) {
            return true;
        }
        Number logins = (Number) entityManager.createNativeQuery("select count(*) from user_account where id = :user")
                .setParameter("user", subject.userId()).getSingleResult();
        return logins.longValue() == 0;
    }
}
