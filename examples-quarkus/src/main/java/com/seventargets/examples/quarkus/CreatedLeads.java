package com.seventargets.examples.quarkus;

import java.sql.Timestamp;

import javax.sql.DataSource;

import org.apache.camel.CamelContext;
import org.apache.camel.processor.idempotent.jdbc.JdbcOrphanLockAwareIdempotentRepository;
import org.springframework.dao.DuplicateKeyException;

/**
 * The leads this application has created, or is creating, in a database table that survives a restart and is
 * shared by every instance that uses the same database: Camel's {@link JdbcOrphanLockAwareIdempotentRepository}
 * (its table, created at start if missing, its lookup and its removal), whose key is taken again once its lock is
 * older than the lock's maximum age: the instance that took it died before it knew the outcome, and a crash may
 * repeat a create, never lose one.
 * <p>
 * Two things differ from Camel's class. A confirmed key is written with a time in the far future: never taken again
 * (Camel's would look like a dead instance's lock after a restart). And a key is taken in one statement, an insert
 * or the update of a lock that is still stale: of two instances that want the same key at the same moment, one gets
 * it (Camel's checks, then writes, and both may get it). Locks are not renewed: the maximum age must be longer than
 * the longest create.
 * <p>
 * A key that is taken but not confirmed is never answered "already created": its create is under way, or was cut
 * off by a crash and may never have reached 7Targets. {@link #add} then fails with {@link CreateUnderWayException},
 * so that the message is redelivered (or dead-lettered with that reason) instead of being counted created.
 */
public class CreatedLeads extends JdbcOrphanLockAwareIdempotentRepository {

    /** The name of the keys' processor in the table. */
    static final String PROCESSOR_NAME = "seventargets-create";

    private static final Timestamp CONFIRMED = Timestamp.valueOf("9999-12-31 00:00:00");
    // room for the key, two e-mail addresses (254 characters each at most)
    private static final String CREATE_TABLE = "CREATE TABLE CAMEL_MESSAGEPROCESSED (processorName VARCHAR(255),"
                                               + " messageId VARCHAR(600), createdAt TIMESTAMP,"
                                               + " PRIMARY KEY (processorName, messageId))";
    private static final String SET_TIME = "UPDATE CAMEL_MESSAGEPROCESSED SET createdAt = ?"
                                           + " WHERE processorName = ? AND messageId = ?";
    private static final String RETAKE_STALE = SET_TIME + " AND createdAt < ?";
    private static final String TAKEN_AT = "SELECT createdAt FROM CAMEL_MESSAGEPROCESSED"
                                           + " WHERE processorName = ? AND messageId = ?";

    /**
     * @param lockMaxAgeMillis how old the lock of a key that is not confirmed must be for another taker to get it
     */
    public CreatedLeads(DataSource dataSource, CamelContext camelContext, long lockMaxAgeMillis) {
        super(dataSource, PROCESSOR_NAME, camelContext);
        setCreateString(CREATE_TABLE);
        setLockMaxAgeMillis(lockMaxAgeMillis);
        // Camel's class renews the locks it holds in memory; this one holds none
        setLockKeepAliveIntervalMillis(lockMaxAgeMillis / 2);
    }

    @Override
    public boolean add(String key) {
        Timestamp now = new Timestamp(System.currentTimeMillis());
        try {
            return jdbcTemplate.update(RETAKE_STALE, now, processorName, key,
                    new Timestamp(now.getTime() - getLockMaxAgeMillis())) == 1
                   || jdbcTemplate.update(getInsertString(), processorName, key, now) == 1;
        } catch (DuplicateKeyException e) {
            // confirmed, or under way in this or another instance
            if (isConfirmed(key)) {
                return false;
            }
            throw new CreateUnderWayException(getLockMaxAgeMillis());
        }
    }

    private boolean isConfirmed(String key) {
        return jdbcTemplate.queryForList(TAKEN_AT, Timestamp.class, processorName, key).stream()
                .anyMatch(CONFIRMED::equals);
    }

    @Override
    public boolean confirm(String key) {
        jdbcTemplate.update(SET_TIME, CONFIRMED, processorName, key);
        return true;
    }
}
