package com.seventargets.camel;

import org.apache.camel.CamelContext;

/** The TLS tests again, with the calls made in the sending thread on HttpClient's classic client. */
class SynchronousTlsTest extends TlsTest {

    @Override
    protected CamelContext createCamelContext() throws Exception {
        return SevenTargetsTestSupport.synchronous(super.createCamelContext());
    }
}
