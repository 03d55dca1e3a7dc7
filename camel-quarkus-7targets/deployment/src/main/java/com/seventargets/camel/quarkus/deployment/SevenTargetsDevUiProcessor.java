package com.seventargets.camel.quarkus.deployment;

import com.seventargets.camel.quarkus.devui.SevenTargetsJsonRpcService;
import io.quarkus.deployment.IsDevelopment;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.dev.devservices.DevServicesConfig;
import io.quarkus.devui.spi.JsonRPCProvidersBuildItem;
import io.quarkus.devui.spi.page.CardPageBuildItem;
import io.quarkus.devui.spi.page.Page;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The Dev UI card of the 7Targets extension, in dev mode while the 7Targets simulator runs (the Dev Service or the
 * demo switch): the leads the simulator received, and its URL with its figures. Nothing on it reads a credential.
 */
class SevenTargetsDevUiProcessor {

    private static final String LEADS_COMPONENT = "qwc-seventargets-leads.js";

    // in every mode, as Quarkus asks: its checks of @Blocking read it
    @BuildStep
    JsonRPCProvidersBuildItem jsonRpcService() {
        return new JsonRPCProvidersBuildItem(SevenTargetsJsonRpcService.class);
    }

    @BuildStep(onlyIf = IsDevelopment.class)
    CardPageBuildItem simulatorCard(SevenTargetsBuildTimeConfig buildConfig, DevServicesConfig devServices) {
        if (!simulatorRuns(buildConfig, devServices)) {
            return null;
        }
        CardPageBuildItem card = new CardPageBuildItem();
        card.addPage(Page.webComponentPageBuilder()
                .title("Leads received")
                .icon("font-awesome-solid:address-card")
                .componentLink(LEADS_COMPONENT)
                .dynamicLabelJsonRPCMethodName("getLeadCount"));
        card.addPage(Page.externalPageBuilder("Simulator")
                .icon("font-awesome-solid:server")
                .dynamicUrlJsonRPCMethodName("getStatsUrl")
                // shown in an <object>: the simulator is on another origin than the Dev UI
                .isHtmlContent()
                .dynamicLabelJsonRPCMethodName("getSimulatorUrl"));
        return card;
    }

    // decided as the Dev Service decides: its build item cannot be read here without a cycle in the build chain
    private static boolean simulatorRuns(SevenTargetsBuildTimeConfig buildConfig, DevServicesConfig devServices) {
        Config config = ConfigProvider.getConfig();
        return SevenTargetsDevServiceProcessor.demoSwitchOn(config) || devServices.enabled()
               && SevenTargetsDevServiceProcessor.whyNotStarted(buildConfig, config).isEmpty();
    }
}
