package dev.paydesk.example.shop;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The shop's pages and its event endpoint, all JAX-RS. */
@ApplicationPath("/")
public class ShopApplication extends Application {}
