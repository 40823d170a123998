package app.involvement.privacy;

import org.springframework.jdbc.core.JdbcTemplate;

/** Demo facts the privacy tests share, and putting the demo notice back as it was. */
public final class PrivacyFixture {

    private PrivacyFixture() {
    }

    public static Long tenant(JdbcTemplate jdbc, String code) {
        return jdbc.queryForObject("select id from provider where short_code = ?", Long.class, code);
    }

    public static Long partnerOf(JdbcTemplate jdbc, String email, String provider) {
        return jdbc.queryForObject("select p.id from partner p join user_account u on u.id = p.user_id join provider v"
                + " on v.id = p.tenant_id where u.email = ? and v.short_code = ?", Long.class, email, provider);
    }

    public static Long userOf(JdbcTemplate jdbc, String email) {
        return jdbc.queryForObject("select id from user_account where email = ?", Long.class, email);
    }

    /** Removes every version after the demo's first in this provider, and the confirmations of them. */
    public static void backToTheDemoNotice(JdbcTemplate jdbc, String code) {
        Long tenant = tenant(jdbc, code);
        jdbc.update("delete from privacy_notice_confirmation where tenant_id = ? and version_number > 1", tenant);
        jdbc.update("delete from privacy_notice_version where tenant_id = ? and version_number > 1", tenant);
    }
}
