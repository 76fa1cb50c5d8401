/**
 * The Graph API of graph.instagram.com: routing, authentication, field selection, paging, the endpoints of every
 * node, usage headers, rate limits and errors.
 */
package io.github.camelinstagram.sandbox.graph;
