/** The connector logger that tags messages with customer, account and resource. */
package dev.cmpkit.runtime.log;
