package cn.beibugulf.roadtosea.ingest.feed;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Some servers write {@code <rss>} with the channel's elements directly inside, no
 * {@code <channel>}; ROME then refuses the whole feed. Feed readers commonly take the
 * {@code <rss>} element as the channel, and so does this repair.
 */
final class RssChannel {

	private RssChannel() {
	}

	/** Moves the children of a channel-less {@code <rss>} root into a new {@code <channel>}; whether it did. */
	static boolean wrapIfMissing(Document document) {
		Element rss = document.getDocumentElement();
		if (!"rss".equals(localName(rss)) || hasChannel(rss)) {
			return false;
		}
		Element channel = document.createElementNS(rss.getNamespaceURI(), "channel");
		List<Node> children = new ArrayList<>();
		for (Node child = rss.getFirstChild(); child != null; child = child.getNextSibling()) {
			children.add(child);
		}
		children.forEach(channel::appendChild);
		rss.appendChild(channel);
		return true;
	}

	private static boolean hasChannel(Element rss) {
		for (Node child = rss.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element && "channel".equals(localName(element))) {
				return true;
			}
		}
		return false;
	}

	private static String localName(Element element) {
		return (element.getLocalName() != null) ? element.getLocalName() : element.getTagName();
	}

}
