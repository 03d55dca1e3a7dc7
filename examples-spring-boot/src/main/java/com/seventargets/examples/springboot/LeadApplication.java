package com.seventargets.examples.springboot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A Spring Boot application that creates a 7Targets lead for each JSON lead posted to /leads. */
@SpringBootApplication
public class LeadApplication {

    public static void main(String[] args) {
        SpringApplication.run(LeadApplication.class, args);
    }
}
