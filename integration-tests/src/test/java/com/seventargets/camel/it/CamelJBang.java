package com.seventargets.camel.it;

import org.apache.camel.dsl.jbang.core.commands.CamelJBangMain;

/**
 * The {@code camel} command of Camel JBang, without the jbang binary: what {@code jbang app install camel@apache/camel}
 * gives users.
 */
public final class CamelJBang {

    private CamelJBang() {
    }

    public static void main(String... args) {
        CamelJBangMain.run(args);
    }
}
