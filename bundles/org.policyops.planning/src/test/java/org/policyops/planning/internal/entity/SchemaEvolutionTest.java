package org.policyops.planning.internal.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;

import org.junit.jupiter.api.Test;
import org.policyops.planning.internal.service.PlanningUnit;

/**
 * An upgrade meets tables written by an older version: the schema is extended at start (new columns added) and
 * the rows already there are kept and still readable.
 */
class SchemaEvolutionTest {

    private static final String URL = "jdbc:h2:mem:schema-evolution;MODE=LEGACY;DB_CLOSE_DELAY=-1";

    @Test
    void startingOnAnOlderSchemaAddsTheNewColumnsAndKeepsTheRows() throws Exception {
        try (Connection c = DriverManager.getConnection(URL, "sa", ""); Statement s = c.createStatement()) {
            // PLANNING_POLICY as an older version wrote it: no DESCRIPTION column yet.
            s.execute("CREATE TABLE PLANNING_POLICY (ID BIGINT AUTO_INCREMENT PRIMARY KEY, POLICY_KEY VARCHAR(64) NOT NULL, "
                    + "POLICY_NAME VARCHAR(200) NOT NULL, AREA VARCHAR(100) NOT NULL, OWNING_TEAM VARCHAR(100) NOT NULL, "
                    + "CREATED_AT BIGINT NOT NULL, UPDATED_AT BIGINT NOT NULL, ROW_VERSION BIGINT NOT NULL)");
            s.execute("INSERT INTO PLANNING_POLICY (POLICY_KEY, POLICY_NAME, AREA, OWNING_TEAM, CREATED_AT, UPDATED_AT, ROW_VERSION) "
                    + "VALUES ('hate-speech', 'Hate Speech', 'Hate speech', 'Policy EMEA', 1767225600000, 1767225600000, 3)");
        }

        Map<String, Object> p = new HashMap<>();
        p.put("javax.persistence.transactionType", "RESOURCE_LOCAL");
        p.put("javax.persistence.jtaDataSource", "");
        p.put("javax.persistence.jdbc.driver", "org.h2.Driver");
        p.put("javax.persistence.jdbc.url", URL);
        p.put("javax.persistence.jdbc.user", "sa");
        EntityManagerFactory emf = Persistence.createEntityManagerFactory(PlanningUnit.NAME, p);
        try {
            EntityManager em = emf.createEntityManager();
            PolicyEntity policy = em.createQuery("select p from PolicyEntity p where p.policyKey = 'hate-speech'", PolicyEntity.class)
                    .getSingleResult();
            assertEquals("Hate Speech", policy.getName());
            assertEquals("Policy EMEA", policy.getOwningTeam());
            assertEquals(3, policy.getVersion());
            assertNull(policy.getDescription());
            em.close();
        } finally {
            emf.close();
        }

        try (Connection c = DriverManager.getConnection(URL, "sa", "");
                ResultSet columns = c.getMetaData().getColumns(null, null, "PLANNING_POLICY", "DESCRIPTION")) {
            assertTrue(columns.next(), "the DESCRIPTION column was added");
        }
    }
}
