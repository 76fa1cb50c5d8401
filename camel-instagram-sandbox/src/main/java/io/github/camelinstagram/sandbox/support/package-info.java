/**
 * JSON, time and HTML helpers.
 */
package io.github.camelinstagram.sandbox.support;
