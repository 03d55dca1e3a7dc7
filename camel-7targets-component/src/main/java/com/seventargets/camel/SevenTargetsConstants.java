package com.seventargets.camel;

import org.apache.camel.Exchange;
import org.apache.camel.spi.Metadata;

/**
 * The message headers the 7Targets component reads and writes.
 */
public final class SevenTargetsConstants {

    @Metadata(description = "The operation to perform, overriding the endpoint's `operation` option for this message. "
                            + "It must be an operation of the endpoint's resource.",
              javaType = "com.seventargets.camel.SevenTargetsOperation")
    public static final String OPERATION = "CamelSevenTargetsOperation";

    @Metadata(description = "The id of the lead 7Targets returned (create, update and stopFollowup).",
              javaType = "Long")
    public static final String LEAD_ID = "CamelSevenTargetsLeadId";

    @Metadata(description = "The page to list (0-based), overriding the endpoint's `page` option.",
              javaType = "Integer")
    public static final String PAGE = "CamelSevenTargetsPage";

    @Metadata(description = "The page size, overriding the endpoint's `size` option.", javaType = "Integer")
    public static final String SIZE = "CamelSevenTargetsSize";

    @Metadata(description = "The sort order, as `field,asc` or `field,desc`, overriding the endpoint's `sort` option.",
              javaType = "String")
    public static final String SORT = "CamelSevenTargetsSort";

    @Metadata(description = "The text assistants are searched for, overriding the endpoint's `searchString` option.",
              javaType = "String")
    public static final String SEARCH_STRING = "CamelSevenTargetsSearchString";

    @Metadata(description = "True when the endpoint's `dryRun` option kept the lead from being sent: the body is the"
                            + " JSON that would have been sent.",
              javaType = "Boolean")
    public static final String DRY_RUN = "CamelSevenTargetsDryRun";

    @Metadata(description = "Set on a create when the endpoint has an `idempotentRepository`: true when the lead was"
                            + " already in it, so nothing was sent (the body is the lead as it would have been sent),"
                            + " false when it was sent.",
              javaType = "Boolean")
    public static final String DUPLICATE = "CamelSevenTargetsDuplicate";

    @Metadata(description = "Set when a call failed: how many times its request was sent (retries included), as the"
                            + " exception's `getAttempts()` says.",
              javaType = "Integer")
    public static final String ATTEMPTS = "CamelSevenTargetsAttempts";

    @Metadata(description = "The HTTP status 7Targets answered with (the last page's, when all pages are listed).",
              javaType = "Integer")
    public static final String HTTP_RESPONSE_CODE = Exchange.HTTP_RESPONSE_CODE;

    private SevenTargetsConstants() {
    }
}
