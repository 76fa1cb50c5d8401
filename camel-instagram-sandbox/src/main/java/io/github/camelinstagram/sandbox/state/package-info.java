/**
 * The simulated platform's state (accounts, tokens, media, containers, comments, conversations) behind one lock,
 * its clock, and the default seed.
 */
package io.github.camelinstagram.sandbox.state;
