package org.decompress.web;

import org.decompress.page.PageFrame;
import org.decompress.page.PageSentences;

/** The page a plan shows without a connection when it was not kept on the device. */
public record OfflinePage(PageFrame frame, PageSentences words) {
}
