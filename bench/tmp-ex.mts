import { measureExtraction } from './extraction.js';
console.log(JSON.stringify(await measureExtraction('/work/main/bench/corpora/1000', 5)));
