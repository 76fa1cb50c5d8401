/**
 * The control API and the web console under /sandbox, and the follower simulator behind them.
 */
package io.github.camelinstagram.sandbox.console;
