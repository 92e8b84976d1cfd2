// The providers (site only): providers/index.html lists them, providers/<id>.html holds one
// provider: how it is recognised, its documented codes (linked to the code and reason pages) and
// a link to its own page.
import type { Provider } from '../types.js';
import { otherLanguages, type PageContext, type PageModel } from './model.js';
import { providerCodeView } from './reason-links.js';
import { type PageKey, pageLink, pagePath, providerPage } from './routes.js';

function providerPageModel(ctx: PageContext, provider: Provider): PageModel {
  const { ui, format } = ctx;
  const key = providerPage(provider.id);
  return {
    key,
    path: pagePath(key, format),
    template: 'provider',
    title: provider.name,
    data: {
      provider: {
        id: provider.id,
        url: provider.url,
        hosts: provider.recognise.hosts,
        marks: provider.recognise.patterns.map((p) => ({ pattern: p.pattern, examples: p.examples })),
        codes: provider.codes.map((code, i) => providerCodeView(ctx, key, provider, code, i)),
      },
      list: { label: ui.provider.inList, href: pageLink(key, 'providers', format, `provider-${provider.id}`) },
      otherLanguages: otherLanguages(ctx, key),
    },
  };
}

function providersIndex(ctx: PageContext): PageModel {
  const { ui, spec, format } = ctx;
  const key: PageKey = 'providers';
  return {
    key,
    path: pagePath(key, format),
    template: 'providers',
    title: ui.providers.title,
    data: {
      providers: spec.providers.map((p) => ({
        anchor: `provider-${p.id}`,
        name: p.name,
        href: pageLink(key, providerPage(p.id), format),
        hosts: p.recognise.hosts,
        codes: p.codes.length,
        url: p.url,
      })),
    },
  };
}

/** The list of providers and a page per provider, in the language of `ctx`. */
export function providerPages(ctx: PageContext): PageModel[] {
  return [providersIndex(ctx), ...ctx.spec.providers.map((p) => providerPageModel(ctx, p))];
}
