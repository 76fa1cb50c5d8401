/**
 * The {@code instagram:} component: what Camel and route authors see ({@code InstagramComponent},
 * {@code InstagramEndpoint}, {@code InstagramProducer}, the options of {@code InstagramConfiguration}, the header names
 * of {@code InstagramConstants}, the operations of {@code InstagramOperation} and where each is implemented in
 * {@code OperationRegistry}), and the base of every error, {@code InstagramApiException}.
 * <p>
 * The sub-packages depend on one another in one direction, top to bottom:
 * <ul>
 * <li>{@code operations}: one class per family of operations (account, media, comments, messaging, tokens), and
 * {@code publishing}: the container and polling flow of {@code publish}; they read headers, body and options;</li>
 * <li>{@code api}: the Graph client, which admits a call through the rate limits, writes it, hands it to the transport,
 * turns the answer into a model object or a typed exception, and retries it within its wait budget;</li>
 * <li>{@code tokens} (stores, refresh, Business Login), {@code ratelimit} (usage pacing, messaging limits, retry
 * policy), {@code transport} (one bounded HTTP exchange), {@code health}, and {@code state}: the interface of the
 * state that several instances share through a database (implemented by {@code camel-instagram-jdbc});</li>
 * <li>{@code error} (the exception families), {@code model} (what the API answers), {@code support} (waiting
 * without threads, sizes, option checks).</li>
 * </ul>
 * Of this package, the sub-packages use only the data types: the exception base, the header names and the options;
 * never the component, endpoint or producer.
 */
package io.github.camelinstagram;
