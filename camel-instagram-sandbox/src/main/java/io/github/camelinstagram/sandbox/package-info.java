/**
 * A local, stateful stand-in for the Instagram API with Instagram Login: {@link
 * io.github.camelinstagram.sandbox.SandboxServer} serves the Graph API, the token and OAuth endpoints, the
 * authorization window, the resumable upload, webhook delivery, the control API and the web console on one port;
 * {@link io.github.camelinstagram.sandbox.SandboxMain} runs it from the command line.
 */
package io.github.camelinstagram.sandbox;
