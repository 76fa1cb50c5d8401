/**
 * Business Login for Instagram: the authorization window, the code exchange of api.instagram.com and the token
 * endpoints of graph.instagram.com.
 */
package io.github.camelinstagram.sandbox.oauth;
