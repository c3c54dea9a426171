package org.decompress.web;

/** The page a plan shows without a connection when it was not kept on the device. */
public record OfflinePage(Chrome chrome, PageWords words) {
}
