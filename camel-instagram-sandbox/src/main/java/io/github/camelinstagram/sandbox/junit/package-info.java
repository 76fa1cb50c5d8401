/**
 * A JUnit 5 extension that runs a sandbox for a test class.
 */
package io.github.camelinstagram.sandbox.junit;
