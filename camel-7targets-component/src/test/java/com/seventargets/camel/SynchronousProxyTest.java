package com.seventargets.camel;

import org.apache.camel.CamelContext;

/** The proxy test again, with the calls made in the sending thread on HttpClient's classic client. */
class SynchronousProxyTest extends ProxyTest {

    @Override
    protected CamelContext createCamelContext() throws Exception {
        return SevenTargetsTestSupport.synchronous(super.createCamelContext());
    }
}
