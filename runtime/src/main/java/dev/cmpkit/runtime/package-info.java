/**
 * The CMP resource model every connector uses: {@code Resource}, {@code ResourceBuilder}, {@code GenericResource} and the shared values ({@code Region}, {@code Locations}, {@code Connections}, {@code Metadata}, {@code IpAddress}, {@code ImageDetail}, {@code Account}), RFC 3339 timestamps, and {@code CmpModule}, Jackson's registration of them all.
 *
 * <p>May depend on {@code runtime.json} and {@code runtime.api} (for {@code Account.update}).
 */
package dev.cmpkit.runtime;
