// The pages of the bounce reasons (site/<lang>/reasons/) and of the providers
// (site/<lang>/providers/), and what the code pages say about reasons and providers. One generation
// of the site serves every test; the checks loop over every reason, provider and code.
import { posix } from 'node:path';
import { classifyReason } from '@smtp-codes/explain';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { enhancedRule, registryCode, replyRule } from '../../../scripts/src/docs/reason-links.js';
import { loadDocStrings } from '../../../scripts/src/docs/strings.js';
import { htmlInline, htmlParagraphs, plainText } from '../../../scripts/src/docs/text.js';
import { generateMarkdown, generateSite, SITE_DIR } from '../../../scripts/src/generate-docs.js';
import { loadSpec } from '../../../scripts/src/load-spec.js';
import { LOCALES, type Locale } from '../../../scripts/src/types.js';
import { checkLinks } from './link-check.js';

const spec = loadSpec();
const site = generateSite(spec);
const { ui } = loadDocStrings();
const get = (locale: Locale, path: string) => site.get(`${SITE_DIR}/${locale}/${path}`);
/** Escaped as the templates escape `{{value}}`. */
const escaped = (text: string) => Handlebars.Utils.escapeExpression(text);
const others = (locale: Locale) => LOCALES.filter((l) => l !== locale);
const replyCodes = new Set(spec.replyCodes.map((r) => r.code));
const reasonTitle = (id: string, locale: Locale) => spec.reasons.find((r) => r.id === id)!.title[locale];

/** The part of a page from the element with this id to the end of its section. */
function section(html: string, id: string): string {
  const start = html.indexOf(`id="${id}"`);
  expect(start, `#${id}`).toBeGreaterThan(0);
  return html.slice(start, html.indexOf('</section>', start));
}

/** The table row of a provider's code (its id is the anchor the other pages link to). */
function row(html: string, anchor: string): string {
  const start = html.indexOf(`<tr id="${anchor}">`);
  expect(start, `row #${anchor}`).toBeGreaterThan(0);
  return html.slice(start, html.indexOf('</tr>', start));
}

describe('a page per bounce reason and per provider, in every language', () => {
  it('site/<lang>/reasons/ and providers/ hold an index and exactly one page per reason and per provider', () => {
    for (const locale of LOCALES) {
      const files = (dir: string) => [...site.keys()].filter((p) => p.startsWith(`${SITE_DIR}/${locale}/${dir}/`)).sort();
      const expected = (dir: string, ids: string[]) => ['index', ...ids].map((id) => `${SITE_DIR}/${locale}/${dir}/${id}.html`).sort();
      expect(files('reasons')).toEqual(
        expected(
          'reasons',
          spec.reasons.map((r) => r.id),
        ),
      );
      expect(files('providers')).toEqual(
        expected(
          'providers',
          spec.providers.map((p) => p.id),
        ),
      );
    }
    expect(spec.reasons.length).toBeGreaterThanOrEqual(31);
    expect(spec.providers.length).toBe(13);
  });

  it.each(LOCALES.map((l) => [l]))(
    '%s: each reason page has its title, severity, description, action, Sisimai names, rules and providers’ codes',
    (locale) => {
      const t = ui[locale];
      for (const reason of spec.reasons) {
        const html = get(locale, `reasons/${reason.id}.html`)!;
        const where = `${locale}/reasons/${reason.id}.html`;
        expect(html, where).toContain(`<html lang="${locale}"`);
        expect(html, where).toContain(`<h1>${escaped(plainText(reason.title[locale]))}</h1>`);
        expect(html, where).toContain(
          `${escaped(t.severity.label[reason.severity])}</a>${escaped(t.colon)}${escaped(t.severity.text[reason.severity])}`,
        );
        expect(html, where).toContain(htmlParagraphs(reason.description[locale]));
        expect(section(html, 'action'), where).toContain(htmlParagraphs(reason.action[locale]));
        for (const name of reason.aliases.sisimai ?? []) expect(html, `${where} ${name}`).toContain(`<code>${name}</code>`);
        expect(html, where).toContain(`<code>BounceReason.${reason.constant}</code>`);

        const rules = section(html, 'rules');
        const patterns = spec.reasonRules.patterns.filter((p) => p.reason === reason.id);
        for (const p of patterns) {
          expect(rules, where).toContain(`<code>${escaped(p.pattern)}</code>`);
          for (const x of p.examples) expect(rules, `${where}: ${x}`).toContain(`<code>${escaped(x)}</code>`);
        }
        for (const r of spec.reasonRules.enhanced.filter((x) => x.reason === reason.id)) {
          const parts = r.code.split('.');
          const href =
            parts.length === 3
              ? `../codes/X.${parts[1]}.${parts[2]}.html`
              : parts.length === 2
                ? `../enhanced-codes.html#subject-${parts[1]}`
                : `../enhanced-codes.html#class-${r.code}`;
          expect(rules, `${where} ${r.code}`).toContain(`<a class="code" href="${href}">`);
        }
        for (const r of spec.reasonRules.reply.filter((x) => x.reason === reason.id))
          expect(rules, `${where} ${r.code}`).toContain(`<a href="../codes/${r.code}.html">`);
        const anyRule =
          patterns.length > 0 ||
          spec.reasonRules.enhanced.some((x) => x.reason === reason.id) ||
          spec.reasonRules.reply.some((x) => x.reason === reason.id);
        expect(rules.includes(escaped(t.reason.noRules)), `${where}: "no rules" only without rules`).toBe(!anyRule);

        const providers = section(html, 'provider-codes');
        const codes = spec.providers.flatMap((p) => p.codes.map((c, i) => ({ p, c, i }))).filter(({ c }) => c.reason === reason.id);
        for (const { p, c, i } of codes) {
          expect(providers, `${where} ${p.id} #${i + 1}`).toContain(
            `<a class="provider-name" href="../providers/${p.id}.html#code-${i + 1}">`,
          );
          expect(providers, `${where} ${p.id} #${i + 1}`).toContain(`<p>${htmlInline(c.meaning[locale])}</p>`);
          expect(providers, `${where} ${p.id} #${i + 1}`).toContain(htmlInline(c.action[locale]));
        }
        expect(providers.split('class="provider-code"').length - 1, where).toBe(codes.length);
        for (const l of others(locale))
          expect(html, `${where} → ${l}`).toContain(`<a href="../../${l}/reasons/${reason.id}.html" hreflang="${l}"`);
        expect(html, where).toContain(`<a href="index.html#reason-${reason.id}">`);
      }
    },
  );

  it.each(LOCALES.map((l) => [l]))(
    '%s: each provider page has its name, host names, marks, own page and every documented code in a row',
    (locale) => {
      const t = ui[locale];
      for (const provider of spec.providers) {
        const html = get(locale, `providers/${provider.id}.html`)!;
        const where = `${locale}/providers/${provider.id}.html`;
        expect(html, where).toContain(`<html lang="${locale}"`);
        expect(html, where).toContain(`<h1>${escaped(provider.name)}</h1>`);
        for (const host of provider.recognise.hosts) expect(html, `${where} ${host}`).toContain(`<code>${escaped(host)}</code>`);
        for (const mark of provider.recognise.patterns) {
          expect(html, where).toContain(`<code>${escaped(mark.pattern)}</code>`);
          for (const x of mark.examples) expect(html, where).toContain(`<code>${escaped(x)}</code>`);
        }
        expect(html, where).toContain(`<a href="${escaped(provider.url)}">`);
        provider.codes.forEach((c, i) => {
          const tr = row(html, `code-${i + 1}`);
          const at = `${where} #code-${i + 1}`;
          // A reply code the spec does not know (Zoho's 541) is shown without a link.
          if (c.reply !== undefined)
            expect(tr, at).toContain(
              replyCodes.has(c.reply) ? `<a href="../codes/${c.reply}.html">${c.reply}</a>` : `class="code">${c.reply}</td>`,
            );
          if (c.enhanced !== null) {
            const registered = registryCode(spec, c.enhanced);
            if (registered) expect(tr, at).toContain(`<a href="../codes/${registered.code}.html">${c.enhanced}</a>`);
            else expect(tr, at).toContain(`${c.enhanced} <span class="not-registered">(${escaped(t.provider.notInRegistry)})</span>`);
          }
          if (c.text !== undefined) expect(tr, at).toContain(`<code class="fragment">${escaped(c.text)}</code>`);
          expect(tr, at).toContain(`<a href="../reasons/${c.reason}.html">${htmlInline(reasonTitle(c.reason, locale))}</a>`);
          expect(tr, at).toContain(`<p>${htmlInline(c.meaning[locale])}</p>`);
          expect(tr, at).toContain(htmlInline(c.action[locale]));
        });
        expect(html.split('<tr id="code-').length - 1, where).toBe(provider.codes.length);
        for (const l of others(locale))
          expect(html, `${where} → ${l}`).toContain(`<a href="../../${l}/providers/${provider.id}.html" hreflang="${l}"`);
      }
    },
  );

  it('the indexes list every reason and provider, and every page of the site has both in its navigation', () => {
    for (const locale of LOCALES) {
      const reasons = get(locale, 'reasons/index.html')!;
      expect(reasons).toContain(`<h1>${escaped(ui[locale].reasons.title)}</h1>`);
      for (const r of spec.reasons) {
        expect(reasons, r.id).toContain(`<tr id="reason-${r.id}"><td><a href="${r.id}.html">${htmlInline(r.title[locale])}</a>`);
        for (const name of r.aliases.sisimai ?? []) expect(reasons, `${r.id} ${name}`).toContain(`<code>${name}</code>`);
      }
      const severity = reasons.slice(reasons.indexOf('id="severity"'));
      for (const s of ['hard', 'soft', 'depends', 'none'] as const) {
        expect(severity, s).toContain(`<span class="severity severity-${s}">${escaped(ui[locale].severity.label[s])}</span>`);
        expect(severity, s).toContain(escaped(ui[locale].severity.text[s]));
      }
      const providers = get(locale, 'providers/index.html')!;
      for (const p of spec.providers) {
        expect(providers, p.id).toContain(`<tr id="provider-${p.id}"><td><a href="${p.id}.html">${escaped(p.name)}</a>`);
        expect(providers, p.id).toContain(`<a href="${escaped(p.url)}">`);
      }
      for (const [path, html] of site) {
        if (!path.startsWith(`${SITE_DIR}/${locale}/`) || !path.endsWith('.html')) continue;
        const nav = html.slice(html.indexOf('<nav class="pages"'), html.indexOf('</nav>', html.indexOf('<nav class="pages"')));
        const links = [...nav.matchAll(/<a href="([^"]+)"( aria-current="page")?>/g)].map((m) => ({
          target: posix.join(posix.dirname(path), m[1]!),
          current: Boolean(m[2]),
        }));
        for (const dir of ['reasons', 'providers']) {
          const link = links.find((l) => l.target === `${SITE_DIR}/${locale}/${dir}/index.html`);
          expect(link, `${path} → ${dir}`).toBeDefined();
          expect(link!.current, `${path} → ${dir} current`).toBe(path.includes(`/${dir}/`));
        }
      }
    }
  });

  it('the Markdown docs stay as they were: no reason or provider pages, no links to them', () => {
    const md = generateMarkdown(spec);
    for (const [path, content] of md) {
      expect(path).not.toMatch(/\/(reasons|providers)\//);
      expect(content, path).not.toMatch(/(reasons|providers)\/(index|README)/);
    }
  });

  it('the search index finds every reason (by title and Sisimai name) and every provider (by name and host)', () => {
    for (const locale of LOCALES) {
      const js = get(locale, 'search-index.js')!;
      const data = JSON.parse(js.slice(js.indexOf('{'), js.lastIndexOf('}') + 1)) as {
        ui: { kinds: Record<string, string> };
        entries: Array<{ k: string; t: string; u: string; s: string }>;
      };
      expect(data.ui.kinds.b).toBe(ui[locale].search.kindReason);
      expect(data.ui.kinds.p).toBe(ui[locale].search.kindProvider);
      for (const r of spec.reasons) {
        const entry = data.entries.find((e) => e.k === 'b' && e.u === `reasons/${r.id}.html`);
        expect(entry, `${locale} ${r.id}`).toBeDefined();
        expect(entry!.t).toBe(plainText(r.title[locale]));
        for (const name of r.aliases.sisimai ?? []) expect(entry!.s, `${locale} ${r.id} ${name}`).toContain(name);
      }
      for (const p of spec.providers) {
        const entry = data.entries.find((e) => e.k === 'p' && e.u === `providers/${p.id}.html`);
        expect(entry, `${locale} ${p.id}`).toBeDefined();
        for (const host of p.recognise.hosts) expect(entry!.s, `${locale} ${p.id} ${host}`).toContain(host.toLowerCase());
      }
    }
  });

  it('the glossary links the list of reasons', () => {
    for (const locale of LOCALES) {
      expect(get(locale, 'glossary.html')).toContain(
        `<p class="see-also"><a href="reasons/index.html">${escaped(ui[locale].glossary.reasonsLink)}</a></p>`,
      );
    }
  });

  it('every relative link of the reason and provider pages resolves (the link checker over the new pages)', () => {
    const pages = new Map([...site].filter(([p]) => /\/(reasons|providers)\//.test(p)));
    expect(pages.size).toBe(3 * (spec.reasons.length + spec.providers.length + 2));
    expect(checkLinks(site).filter((p) => pages.has(p.file))).toEqual([]);
  });

  it('with SITE_URL the new pages are in sitemap.xml and have their canonical address and alternates', () => {
    const base = 'https://docs.example.org/smtp-codes/';
    const published = generateSite(spec, { siteUrl: base });
    const xml = published.get(`${SITE_DIR}/sitemap.xml`)!;
    for (const locale of LOCALES) {
      for (const path of [
        'reasons/',
        'providers/',
        ...spec.reasons.map((r) => `reasons/${r.id}.html`),
        ...spec.providers.map((p) => `providers/${p.id}.html`),
      ]) {
        expect(xml, path).toContain(`<loc>${base}${locale}/${path}</loc>`);
        const file = path.endsWith('/') ? `${path}index.html` : path;
        const html = published.get(`${SITE_DIR}/${locale}/${file}`)!;
        expect(html, path).toContain(`<link rel="canonical" href="${base}${locale}/${path}">`);
        for (const l of LOCALES)
          expect(html, `${path} ${l}`).toContain(`<link rel="alternate" hreflang="${l}" href="${base}${l}/${path}">`);
        expect(html, path).toContain(`<link rel="alternate" hreflang="x-default" href="${base}en/${path}">`);
      }
    }
  });
});

describe('code pages: the reason a code leads to and the providers’ meanings', () => {
  it('the reason each class of an enhanced code and each basic code gives is what classifyReason gives', () => {
    for (const e of spec.enhanced.codes) {
      for (const c of e.classes) {
        const wire = `${c}${e.code.slice(1)}`;
        const fromCode = classifyReason({ enhanced: wire });
        expect(enhancedRule(spec, wire)?.reason ?? 'on-hold', wire).toBe(fromCode.reason);
      }
    }
    for (const r of spec.replyCodes)
      expect(replyRule(spec, r.code)?.reason ?? 'on-hold', String(r.code)).toBe(classifyReason({ code: r.code }).reason);
  });

  it.each(LOCALES.map((l) => [l]))('%s: enhanced code pages link the reason of each class they are sent with', (locale) => {
    for (const e of spec.enhanced.codes) {
      const html = get(locale, `codes/${e.code}.html`)!;
      const reasons = section(html, 'reasons');
      let found = 0;
      for (const c of e.classes) {
        const wire = `${c}${e.code.slice(1)}`;
        const rule = enhancedRule(spec, wire);
        if (!rule) continue;
        found++;
        expect(reasons, `${e.code} ${wire}`).toContain(`<code>${wire}</code>`);
        expect(reasons, `${e.code} ${wire}`).toContain(
          `<a href="../reasons/${rule.reason}.html">${htmlInline(reasonTitle(rule.reason, locale))}</a>`,
        );
      }
      expect(reasons.includes(escaped(ui[locale].code.reasonsNone)), e.code).toBe(found === 0);
    }
    // 5.4.4 has a rule of its own (host unknown); 4.4.4 falls back to the subject (network error).
    const x44 = section(get(locale, 'codes/X.4.4.html')!, 'reasons');
    expect(x44).toMatch(/<code>5\.4\.4<\/code>: <a href="..\/reasons\/host-unknown.html">/);
    expect(x44).toMatch(/<code>4\.4\.4<\/code>: <a href="..\/reasons\/network-error.html">/);
  });

  it.each(LOCALES.map((l) => [l]))('%s: basic code pages give the reply rule’s reason or say that the code alone gives none', (locale) => {
    for (const r of spec.replyCodes) {
      const reasons = section(get(locale, `codes/${r.code}.html`)!, 'reasons');
      const rule = replyRule(spec, r.code);
      if (rule) expect(reasons, String(r.code)).toContain(`<a href="../reasons/${rule.reason}.html">`);
      else expect(reasons, String(r.code)).toContain(escaped(ui[locale].code.reasonsNone));
    }
  });

  it.each(LOCALES.map((l) => [l]))('%s: every provider code is on the page of its code, labelled with its provider', (locale) => {
    let shown = 0;
    for (const p of spec.providers) {
      p.codes.forEach((c, i) => {
        const registered = c.enhanced === null ? undefined : registryCode(spec, c.enhanced);
        const page = registered
          ? `codes/${registered.code}.html`
          : c.reply !== undefined && replyCodes.has(c.reply)
            ? `codes/${c.reply}.html`
            : undefined;
        if (!page) return;
        shown++;
        const meanings = section(get(locale, page)!, 'provider-meanings');
        const at = meanings.indexOf(`<a class="provider-name" href="../providers/${p.id}.html#code-${i + 1}">${escaped(p.name)}</a>`);
        expect(at, `${page} ${p.id} #${i + 1}`).toBeGreaterThan(0);
        const card = meanings.slice(at, meanings.indexOf('</li>', at));
        expect(card, `${page} ${p.id} #${i + 1}`).toContain(`<p>${htmlInline(c.meaning[locale])}</p>`);
        expect(card, `${page} ${p.id} #${i + 1}`).toContain(`<a href="../reasons/${c.reason}.html">`);
      });
    }
    expect(shown).toBeGreaterThan(200);
    // Gmail's 421 4.7.28 is rate limiting, not the registry's mail flood.
    const x728 = section(get(locale, 'codes/X.7.28.html')!, 'provider-meanings');
    expect(x728).toContain('href="../providers/gmail.html#code-');
    // A code no provider documents has no such section.
    const documented = new Set(spec.providers.flatMap((p) => p.codes.flatMap((c) => (c.enhanced ? [`X${c.enhanced.slice(1)}`] : []))));
    const quiet = spec.enhanced.codes.filter((e) => !documented.has(e.code));
    expect(quiet.length).toBeGreaterThan(0);
    for (const e of quiet) expect(get(locale, `codes/${e.code}.html`)!.includes('id="provider-meanings"'), e.code).toBe(false);
  });
});
