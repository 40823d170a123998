package app.involvement;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The migrated schema keeps it possible to spread providers over several MySQL primaries with
 * {@code tenant_id} as the sharding key (DD025): every table is either a listed platform table or a tenant
 * table; a tenant table has a non-null {@code tenant_id}; every foreign key between tenant tables carries
 * {@code tenant_id} on both sides (so a row can only point at a row of its own provider, which lives on
 * the same shard); and every secondary index and unique key of a tenant table starts with {@code tenant_id}
 * (so every lookup names the shard). Read from the database's own catalogue (JDBC metadata, i.e.
 * INFORMATION_SCHEMA) after Flyway, on H2 and with {@code -Pmariadb} on MariaDB. A table added later is a
 * tenant table unless it is listed below with its reason.
 */
class SchemaShardReadinessIT extends IntegrationTestBase {

    /** Tables that stay in one global (unsharded) keyspace, and why. */
    static final Map<String, String> PLATFORM_TABLES = Map.ofEntries(
            Map.entry("provider", "the tenants themselves; also copied to every shard as a reference table, so"
                    + " tenant tables may keep their foreign key to it"),
            Map.entry("user_account", "a person may belong to several providers and signs in before any provider is chosen"),
            Map.entry("membership", "the directory of which providers a person belongs to, read by user at sign-in"),
            Map.entry("invitation", "opened by a link before anyone is signed in: looked up by its token across providers"
                    + " (DD001); few rows"),
            Map.entry("password_reset_token", "belongs to a person (user_account), not to a provider"),
            Map.entry("second_factor", "belongs to a person (user_account), not to a provider"),
            Map.entry("recovery_code", "belongs to a person (user_account), not to a provider"),
            Map.entry("audit_entry", "also holds events of no provider (platform, sign-in); written with tenant rows, so it"
                    + " moves to the shards with a reserved tenant id when sharding comes (DD025)"),
            Map.entry("mail_message", "also holds mail of no provider (password resets); written with tenant rows, so it"
                    + " moves to the shards with a reserved tenant id when sharding comes (DD025)"),
            Map.entry("review_assignment", "gives an HCPC reviewer (a platform account) one provider for a review: read at"
                    + " the reviewer's sign-in before any provider is chosen, like membership (DD042)"),
            Map.entry("throttle_counter", "counts attempts per address or account before anyone is signed in"),
            Map.entry("shedlock", "one lock per scheduled job for the whole cluster"),
            Map.entry("event_publication", "Spring Modulith's registry of event deliveries, written with the change that"
                    + " published them: one per database (per shard when sharding comes, DD025)"),
            Map.entry("event_publication_archive", "completed event deliveries (Spring Modulith), per instance"),
            Map.entry("flyway_schema_history", "Flyway's record of migrations (one per keyspace in a sharded set-up)"));

    /** Platform tables that tenant tables may reference: copied to every shard (Vitess reference tables). */
    static final Set<String> REFERENCE_TABLES = Set.of("provider");

    /**
     * Keys of tenant tables that may not start with tenant_id, written as table(columns), each with its reason
     * and what it needs in a sharded set-up (e.g. a Vitess lookup vindex). None at present.
     */
    static final Map<String, String> KEY_EXCEPTIONS = Map.of();

    @Autowired
    private DataSource dataSource;

    private final Map<String, Table> tables = new TreeMap<>();

    @BeforeEach
    void readCatalogue() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String catalog = connection.getCatalog();
            String schema = connection.getSchema();
            try (ResultSet rs = meta.getTables(catalog, schema, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    tables.put(name, new Table(rs.getString("TABLE_NAME")));
                }
            }
            for (Table table : tables.values()) {
                table.read(meta, catalog, schema);
            }
        }
        assertThat(tables).as("the migrated schema").containsKeys("provider", "partner", "programme");
    }

    @Test
    void everyTable_isATenantTableWithANonNullTenantId_orAListedPlatformTable() {
        List<String> problems = new ArrayList<>();
        for (var table : tenantTables().entrySet()) {
            Boolean nullable = table.getValue().tenantIdNullable;
            if (nullable == null) {
                problems.add(table.getKey() + ": no tenant_id (add it, or list the table in PLATFORM_TABLES with the reason)");
            } else if (nullable) {
                problems.add(table.getKey() + ": tenant_id may be null");
            }
        }
        assertThat(problems).isEmpty();
        assertThat(tenantTables()).as("tenant tables found").containsKeys("partner", "programme", "weekly_availability");
    }

    @Test
    void everyForeignKeyOfATenantTable_staysWithinOneTenant() {
        List<String> problems = new ArrayList<>();
        for (var table : tenantTables().entrySet()) {
            for (ForeignKey fk : table.getValue().foreignKeys.values()) {
                String target = fk.target.toLowerCase(Locale.ROOT);
                String where = table.getKey() + "." + fk.name + " " + fk.columns + " -> " + target + fk.targetColumns;
                if (PLATFORM_TABLES.containsKey(target)) {
                    if (!REFERENCE_TABLES.contains(target)) {
                        problems.add(where + ": points at a platform table that is not on every shard");
                    }
                } else if (!fk.pairs("tenant_id", "tenant_id")) {
                    problems.add(where + ": does not carry tenant_id to tenant_id, so it could point at another provider's row");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everySecondaryIndexAndUniqueKeyOfATenantTable_startsWithTenantId() {
        List<String> problems = new ArrayList<>();
        Set<String> exceptionsSeen = new TreeSet<>();
        for (var table : tenantTables().entrySet()) {
            for (var index : table.getValue().indexes.entrySet()) {
                List<String> columns = index.getValue();
                if (columns.equals(table.getValue().primaryKey) || columns.getFirst().equals("tenant_id")) {
                    continue;
                }
                String key = table.getKey() + "(" + String.join(",", columns) + ")";
                if (KEY_EXCEPTIONS.containsKey(key)) {
                    exceptionsSeen.add(key);
                } else {
                    problems.add(key + " [" + index.getKey() + "] does not start with tenant_id");
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(exceptionsSeen).as("every listed exception still exists").isEqualTo(KEY_EXCEPTIONS.keySet());
    }

    @Test
    void theListedPlatformTables_areTheOnesThatExist_apartFromOptionalOnes() {
        Set<String> optional = Set.of("event_publication", "event_publication_archive", "flyway_schema_history");
        for (String platform : PLATFORM_TABLES.keySet()) {
            if (!optional.contains(platform)) {
                assertThat(tables).as("listed platform table " + platform).containsKey(platform);
            }
        }
    }

    private Map<String, Table> tenantTables() {
        Map<String, Table> tenant = new TreeMap<>(tables);
        tenant.keySet().removeAll(PLATFORM_TABLES.keySet());
        return tenant;
    }

    private static final class Table {

        final String name;
        Boolean tenantIdNullable;
        List<String> primaryKey = List.of();
        final Map<String, List<String>> indexes = new LinkedHashMap<>();
        final Map<String, ForeignKey> foreignKeys = new LinkedHashMap<>();

        Table(String name) {
            this.name = name;
        }

        void read(DatabaseMetaData meta, String catalog, String schema) throws SQLException {
            try (ResultSet rs = meta.getColumns(catalog, schema, name, "%")) {
                while (rs.next()) {
                    if (rs.getString("COLUMN_NAME").equalsIgnoreCase("tenant_id")) {
                        tenantIdNullable = !"NO".equals(rs.getString("IS_NULLABLE"));
                    }
                }
            }
            Map<Short, String> pk = new TreeMap<>();
            try (ResultSet rs = meta.getPrimaryKeys(catalog, schema, name)) {
                while (rs.next()) {
                    pk.put(rs.getShort("KEY_SEQ"), lower(rs.getString("COLUMN_NAME")));
                }
            }
            primaryKey = List.copyOf(pk.values());
            Map<String, Map<Short, String>> byIndex = new TreeMap<>();
            try (ResultSet rs = meta.getIndexInfo(catalog, schema, name, false, false)) {
                while (rs.next()) {
                    String index = rs.getString("INDEX_NAME");
                    if (index != null && rs.getString("COLUMN_NAME") != null) {
                        byIndex.computeIfAbsent(index, i -> new TreeMap<>())
                                .put(rs.getShort("ORDINAL_POSITION"), lower(rs.getString("COLUMN_NAME")));
                    }
                }
            }
            byIndex.forEach((index, columns) -> indexes.put(index, List.copyOf(columns.values())));
            try (ResultSet rs = meta.getImportedKeys(catalog, schema, name)) {
                while (rs.next()) {
                    String fkName = rs.getString("FK_NAME");
                    foreignKeys.computeIfAbsent(fkName, n -> new ForeignKey(n, rs))
                            .add(rs.getShort("KEY_SEQ"), lower(rs.getString("FKCOLUMN_NAME")), lower(rs.getString("PKCOLUMN_NAME")));
                }
            }
        }
    }

    private static final class ForeignKey {

        final String name;
        final String target;
        final Map<Short, String> columnMap = new TreeMap<>();
        final Map<Short, String> targetMap = new TreeMap<>();
        List<String> columns = List.of();
        List<String> targetColumns = List.of();

        ForeignKey(String name, ResultSet rs) {
            this.name = name;
            try {
                this.target = rs.getString("PKTABLE_NAME");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        void add(short seq, String column, String targetColumn) {
            columnMap.put(seq, column);
            targetMap.put(seq, targetColumn);
            columns = List.copyOf(columnMap.values());
            targetColumns = List.copyOf(targetMap.values());
        }

        boolean pairs(String column, String targetColumn) {
            int at = columns.indexOf(column);
            return at >= 0 && targetColumns.get(at).equals(targetColumn);
        }
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
