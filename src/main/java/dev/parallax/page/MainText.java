package dev.parallax.page;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The main text of a news page, jsoup only: boilerplate (navigation, adverts, cookie banners, related links,
 * share bars...) is dropped, each paragraph scores its parent (half to the grandparent) by its length and commas,
 * and the best-scored block, with sibling blocks that score at least a fifth of it, gives the text.
 */
public final class MainText {

    /** Class or id words of page furniture rather than article text. */
    private static final Pattern BOILERPLATE = Pattern.compile("(?i)(^|[-_\\s])(cookie|consent|gdpr|banner|advert"
            + "|ads?|ad-slot|sponsor(ed)?|promo|related|recommended|recirc|more-stories|newsletter|subscribe|signup"
            + "|share|sharing|social|comments?|breadcrumbs?|menu|nav|navbar|sidebar|footer|masthead|popup|modal"
            + "|paywall|tags|byline|author|timestamp|most-read|trending|outbrain|taboola|caption|credit)([-_\\s]|$)");
    private static final String DROPPED_TAGS = "script, style, noscript, template, iframe, svg, canvas, form, button,"
            + " input, select, nav, header, footer, aside, figure, figcaption, dialog, [hidden], [aria-hidden=true],"
            + " [role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=dialog]";
    private static final String TEXT_BLOCKS = "p, h2, h3, h4, li, blockquote, pre";
    private static final int MIN_PARAGRAPH = 25;

    private MainText() {
    }

    /** The main text of the parsed page, paragraphs separated by a blank line; empty when none is found. */
    public static String of(Document page) {
        Element body = page.body().clone();
        body.select(DROPPED_TAGS).remove();
        for (Element e : body.getAllElements()) {
            if (e != body && e.parent() != null && isBoilerplate(e)) {
                e.remove();
            }
        }
        Map<Element, Double> scores = scores(body);
        Element best = null;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            if (best == null || entry.getValue() > scores.get(best)) {
                best = entry.getKey();
            }
        }
        if (best == null) {
            return "";
        }
        List<Element> blocks = new ArrayList<>();
        double threshold = scores.get(best) * 0.2;
        Element parent = best.parent();
        if (parent == null) {
            blocks.add(best);
        } else {
            for (Element sibling : parent.children()) {
                if (sibling == best || scores.getOrDefault(sibling, 0.0) >= threshold) {
                    blocks.add(sibling);
                }
            }
        }
        return String.join("\n\n", paragraphs(blocks));
    }

    private static boolean isBoilerplate(Element e) {
        String tag = e.normalName();
        if (tag.equals("article") || tag.equals("main") || e.hasAttr("itemprop") && e.attr("itemprop").equals("articleBody")) {
            return false;
        }
        return BOILERPLATE.matcher(e.className()).find() || BOILERPLATE.matcher(e.id()).find();
    }

    private static Map<Element, Double> scores(Element body) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element p : body.select("p, pre, td")) {
            String text = p.text();
            if (text.length() < MIN_PARAGRAPH || linkDensity(p, text) > 0.5) {
                continue;
            }
            double score = 1 + text.split(",", -1).length - 1 + Math.min(text.length() / 100.0, 3);
            Element parent = p.parent();
            if (parent != null) {
                scores.merge(parent, score * weight(parent), Double::sum);
                Element grand = parent.parent();
                if (grand != null) {
                    scores.merge(grand, score * weight(grand) / 2, Double::sum);
                }
            }
        }
        return scores;
    }

    /** Containers named like article text count a little more. */
    private static double weight(Element e) {
        String names = (e.className() + " " + e.id() + " " + e.attr("itemprop")).toLowerCase();
        return e.normalName().equals("article") || names.matches(".*(article|story|content|entry|body|text).*") ? 1.25 : 1;
    }

    private static double linkDensity(Element e, String text) {
        if (text.isEmpty()) {
            return 0;
        }
        int linked = 0;
        for (Element a : e.select("a")) {
            linked += a.text().length();
        }
        return (double) linked / text.length();
    }

    private static List<String> paragraphs(List<Element> blocks) {
        List<String> out = new ArrayList<>();
        Set<Element> taken = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element block : blocks) {
            Elements candidates = block.is(TEXT_BLOCKS) ? new Elements(block) : block.select(TEXT_BLOCKS);
            for (Element e : candidates) {
                if (insideTaken(e, taken)) {
                    continue;
                }
                String text = e.text().strip();
                if (text.isEmpty() || linkDensity(e, text) > 0.5) {
                    continue;
                }
                taken.add(e);
                out.add(text);
            }
        }
        return out;
    }

    private static boolean insideTaken(Element e, Set<Element> taken) {
        for (Element a = e.parent(); a != null; a = a.parent()) {
            if (taken.contains(a)) {
                return true;
            }
        }
        return false;
    }
}
