package com.seventargets.examples.quarkus;

/**
 * The lead's create is under way in this or another instance, or was cut off by a crash less than the lock's maximum
 * age ago: it is neither sent now (it could be sent twice) nor counted created (it may never have reached 7Targets).
 * A redelivery after the lock's maximum age takes it again.
 */
public class CreateUnderWayException extends IllegalStateException {

    CreateUnderWayException(long lockMaxAgeMillis) {
        super("The create of this lead is under way, in this or another instance, or was cut off by a crash less than "
              + lockMaxAgeMillis + " ms ago (leads.once.lock-max-age): not sent now, so that it is not sent twice;"
              + " offer it again after that time");
    }
}
