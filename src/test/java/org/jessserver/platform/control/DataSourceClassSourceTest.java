package org.jessserver.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DataSourceClassSourceTest {

    @Test
    void postgresqlUrlPicksItsDriver() {
        assertEquals("org.postgresql.ds.PGSimpleDataSource",
                DataSourceClassSource.classFor("jdbc:postgresql://db:5432/jess"));
    }

    @Test
    void h2UrlOrNoUrlPicksEmbeddedH2() {
        assertEquals("org.h2.jdbcx.JdbcDataSource", DataSourceClassSource.classFor("jdbc:h2:file:/srv/jess/db/jess"));
        assertEquals("org.h2.jdbcx.JdbcDataSource", DataSourceClassSource.classFor(null));
    }

    @Test
    void otherDatabasesNeedAnExplicitClass() {
        assertNull(DataSourceClassSource.classFor("jdbc:mysql://db/jess"));
    }
}
