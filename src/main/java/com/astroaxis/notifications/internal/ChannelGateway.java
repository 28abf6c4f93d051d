package com.astroaxis.notifications.internal;

import com.astroaxis.notifications.Channel;

/** Hands a rendered message to the outside world for one channel. Never throws: failures are a {@link Delivery}. */
interface ChannelGateway {

    Channel channel();

    Delivery deliver(String recipient, RenderedMessage message);
}
