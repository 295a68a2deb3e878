/** Polling time windows computed from an event's last update, poll interval and options. */
package dev.cmpkit.runtime.time;
