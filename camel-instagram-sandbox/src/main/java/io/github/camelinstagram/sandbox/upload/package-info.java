/**
 * The resumable upload of rupload.facebook.com.
 */
package io.github.camelinstagram.sandbox.upload;
