package dev.paydesk.rest;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Writes the start-up banner when the web application starts, after every start-up bean: a URL it
 * prints is about to answer, where the banner written from the start-up bean itself came seconds
 * before the container began loading the web application.
 */
@WebListener
public class ReadyBanner implements ServletContextListener {

  @Inject StartupAnnouncement announcement;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    announcement.announce();
  }
}
