package com.seventargets.camel;

import org.apache.camel.CamelContext;

/** The secrets tests again, with the calls made in the sending thread on HttpClient's classic client. */
class SynchronousSecretsTest extends SecretsTest {

    @Override
    protected CamelContext createCamelContext() throws Exception {
        return SevenTargetsTestSupport.synchronous(super.createCamelContext());
    }
}
