package db.migration.common;

import app.involvement.shared.SearchText;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Fills the normalised names of partners saved before V13 (accents cannot be removed in portable SQL). */
public class V13_1__fill_search_names extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        var connection = context.getConnection();
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("select id, preferred_name, full_name from partner");
                PreparedStatement update = connection.prepareStatement(
                        "update partner set search_name = ?, search_full_name = ?, search_surname = ? where id = ?")) {
            int batched = 0;
            while (rows.next()) {
                String fullName = rows.getString("full_name");
                update.setString(1, SearchText.normalise(rows.getString("preferred_name")));
                update.setString(2, SearchText.normalise(fullName));
                update.setString(3, SearchText.lastWord(fullName));
                update.setLong(4, rows.getLong("id"));
                update.addBatch();
                if (++batched % 1000 == 0) {
                    update.executeBatch();
                }
            }
            update.executeBatch();
        }
    }
}
