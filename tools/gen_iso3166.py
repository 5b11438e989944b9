# Regenerates crates/poa-core/src/iso3166.rs from pycountry (pip install pycountry).
import pycountry, gettext
ar = gettext.translation('iso3166-1', pycountry.LOCALES_DIR, languages=['ar'])
rows = [(c.alpha_3, getattr(c, 'common_name', None) or c.name, ar.gettext(c.name))
        for c in sorted(pycountry.countries, key=lambda c: c.alpha_3)]
q = lambda x: '"' + x.replace('\\', '\\\\').replace('"', '\\"') + '"'
head = open('crates/poa-core/src/iso3166.rs').read().split('pub const COUNTRIES')[0]
body = 'pub const COUNTRIES: &[(&str, &str, &str)] = &[\n' + ''.join(
    '    (%s, %s, %s),\n' % (q(a), q(e), q(r)) for a, e, r in rows) + '];\n'
open('crates/poa-core/src/iso3166.rs', 'w').write(head + body)
