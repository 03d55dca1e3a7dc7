package com.seventargets.camel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.seventargets.camel.model.Lead;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;

/** The leads tests send, and the sending of many at once. */
final class TestLeads {

    private TestLeads() {
    }

    static Lead lead(String name, String email) {
        Lead lead = new Lead();
        lead.setName(name);
        lead.setEmail(email);
        return lead;
    }

    static Lead lead(String name, String email, String assistantEmail) {
        Lead lead = lead(name, email);
        lead.setAssistantEmail(assistantEmail);
        return lead;
    }

    /** {@code count} leads named {@code prefix} and a number, with e-mails {@code prefix<number>@example.com}. */
    static List<Lead> leads(String prefix, int count) {
        List<Lead> leads = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            leads.add(lead(prefix + " " + i, prefix + i + "@example.com"));
        }
        return leads;
    }

    /**
     * Sends each lead to {@code uri} from a thread of its own, all at once, and returns every exchange once it is
     * done, in the order of the leads; fails if one takes more than 30 s.
     */
    static List<Exchange> sendAtOnce(ProducerTemplate template, String uri, List<Lead> leads) throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(leads.size());
        try {
            List<Future<Exchange>> sent = new ArrayList<>();
            for (Lead lead : leads) {
                sent.add(senders.submit(() -> template.request(uri, exchange -> exchange.getIn().setBody(lead))));
            }
            List<Exchange> done = new ArrayList<>();
            for (Future<Exchange> exchange : sent) {
                done.add(exchange.get(30, TimeUnit.SECONDS));
            }
            return done;
        } finally {
            senders.shutdownNow();
        }
    }
}
