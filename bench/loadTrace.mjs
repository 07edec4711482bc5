// `node --import ./bench/loadTrace.mjs ...`: appends to $LOAD_TRACE the URL of every module loaded
// whose source holds mathjs's unit parser (its BASE_UNITS table), so the benchmark can tell whether a
// command loaded the parser.
import { register } from 'node:module';

register(
  `data:text/javascript,${encodeURIComponent(`
    import { appendFileSync } from 'node:fs';
    export async function load(url, context, nextLoad) {
      const result = await nextLoad(url, context);
      const source = result.source == null ? '' : String(result.source);
      if (source.includes('BASE_UNITS')) appendFileSync(process.env.LOAD_TRACE, url + '\\n');
      return result;
    }
  `)}`,
);
