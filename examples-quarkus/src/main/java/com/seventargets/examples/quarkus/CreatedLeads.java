package com.seventargets.examples.quarkus;

import java.sql.Timestamp;

import javax.sql.DataSource;

import org.apache.camel.CamelContext;
import org.apache.camel.processor.idempotent.jdbc.JdbcOrphanLockAwareIdempotentRepository;
import org.springframework.dao.DuplicateKeyException;

/**
 * The leads this application has created, or is creating, in a database table that survives a restart and is
 * shared by every instance that uses the same database: Camel's {@link JdbcOrphanLockAwareIdempotentRepository}, whose
 * key is taken again once its lock is older than the lock's maximum age (the instance that took it died before it
 * knew the outcome: a crash may repeat a create, never lose one).
 * <p>
 * Camel's repository keeps every key it took alive, confirmed or not, for as long as the instance lives, and after a
 * restart the key of a lead created long ago looks like the lock of a dead instance. Here a confirmed key is written
 * with a time in the far future instead: never taken again, and no longer kept alive in memory.
 */
public class CreatedLeads extends JdbcOrphanLockAwareIdempotentRepository {

    /** The name of the keys' processor in the table. */
    static final String PROCESSOR_NAME = "seventargets-create";

    private static final Timestamp CONFIRMED = Timestamp.valueOf("9999-12-31 00:00:00");
    // room for the key, two e-mail addresses (254 characters each at most)
    private static final String CREATE_TABLE = "CREATE TABLE CAMEL_MESSAGEPROCESSED (processorName VARCHAR(255),"
                                               + " messageId VARCHAR(600), createdAt TIMESTAMP,"
                                               + " PRIMARY KEY (processorName, messageId))";

    /**
     * @param lockMaxAgeMillis how old the lock of a key that is not confirmed must be for another taker to get it
     * @param keepAliveMillis  how often the locks this instance holds are renewed (less than the maximum age)
     */
    public CreatedLeads(DataSource dataSource, CamelContext camelContext, long lockMaxAgeMillis, long keepAliveMillis) {
        super(dataSource, PROCESSOR_NAME, camelContext);
        setCreateString(CREATE_TABLE);
        setLockMaxAgeMillis(lockMaxAgeMillis);
        setLockKeepAliveIntervalMillis(keepAliveMillis);
    }

    @Override
    public boolean add(String key) {
        try {
            return super.add(key);
        } catch (DuplicateKeyException e) {
            // another instance added the key at the same moment: it is that instance's create
            return false;
        }
    }

    @Override
    public boolean confirm(String key) {
        // in one transaction, so that no other instance sees the key free between the two statements
        transactionTemplate.executeWithoutResult(status -> {
            delete(key);
            jdbcTemplate.update(getInsertString(), processorName, key, CONFIRMED);
        });
        return true;
    }
}
