/**
 * Talking to CMP at run time: the API client ({@link dev.cmpkit.runtime.api.CmpClient}), the
 * run's context ({@link dev.cmpkit.runtime.api.CmpContext}), task progress
 * ({@link dev.cmpkit.runtime.api.Tasks}) and HTTP record/replay for tests
 * ({@link dev.cmpkit.runtime.api.Cassettes}).
 */
package dev.cmpkit.runtime.api;
