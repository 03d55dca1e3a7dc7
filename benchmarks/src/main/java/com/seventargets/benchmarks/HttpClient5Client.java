package com.seventargets.benchmarks;

import com.seventargets.camel.model.Lead;
import java.io.IOException;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;

/** (c) The floor: Apache HttpClient 5 classic with a connection pool, a token fetched once, Jackson both ways. */
final class HttpClient5Client implements LeadClient {

    private CloseableHttpClient client;
    private Target target;
    private String authorization;

    @Override
    public void start(Target target, int connections) throws Exception {
        this.target = target;
        this.authorization = "Bearer " + AccessTokenFetcher.fetch(target);
        PoolingHttpClientConnectionManagerBuilder pool = PoolingHttpClientConnectionManagerBuilder.create();
        if (connections > 0) {
            pool.setMaxConnPerRoute(connections).setMaxConnTotal(connections);
        }
        client = HttpClients.custom().setConnectionManager(pool.build()).build();
    }

    @Override
    public long create(Lead lead) throws IOException {
        HttpPost post = new HttpPost(target.leadsUrl());
        post.setHeader("Authorization", authorization);
        post.setHeader("7ts-user-identifier", target.userIdentifier());
        post.setEntity(new ByteArrayEntity(Json.MAPPER.writeValueAsBytes(lead), ContentType.APPLICATION_JSON));
        return client.execute(post, response -> {
            if (response.getCode() / 100 != 2) {
                throw new IOException("POST /leads answered " + response.getCode());
            }
            return Json.MAPPER.readValue(response.getEntity().getContent(), Lead.class).getId();
        });
    }

    @Override
    public void close() throws IOException {
        if (client != null) {
            client.close();
        }
    }
}
